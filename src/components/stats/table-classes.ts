// The figures' tables share one look. Small type and padding on a phone: five columns must fit in
// 288 px. An interval may break after its dash there.
export const cell = "border-b border-zinc-200 px-0.5 py-1.5 sm:px-2 dark:border-zinc-700";
export const numberCell = `${cell} text-end tabular-nums`;
export const tableClass = "w-full text-xs text-zinc-700 sm:text-sm dark:text-zinc-300";
export const sectionHeading = "text-xl font-semibold text-zinc-950 dark:text-white";
