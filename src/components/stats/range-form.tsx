/** The days to show: a plain GET form, so it works without JavaScript. `days` bound the pickers. */
export function RangeForm({ from, to, days }: { from: string | null; to: string | null; days?: { first: string; last: string } }) {
  return (
    <form method="get" action="/stats" className="flex flex-wrap items-end gap-3">
      <DayInput name="from" text="From" value={from} days={days} />
      <DayInput name="to" text="To" value={to} days={days} />
      <button type="submit" className="inline-flex min-h-12 items-center rounded-xl bg-brand-strong px-5 font-semibold text-white hover:bg-brand">
        Show
      </button>
    </form>
  );
}

function DayInput({ name, text, value, days }: { name: "from" | "to"; text: string; value: string | null; days?: { first: string; last: string } }) {
  return (
    <label className="grid gap-1 text-base font-medium">
      {text}
      <input
        type="date"
        name={name}
        defaultValue={value ?? ""}
        min={days?.first}
        max={days?.last}
        className="min-h-12 rounded-xl border-2 border-zinc-300 bg-white px-3 text-zinc-900 dark:border-zinc-600 dark:bg-zinc-950 dark:text-zinc-100"
      />
    </label>
  );
}
