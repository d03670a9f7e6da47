export function SiteFooter() {
  return (
    <footer className="border-t border-zinc-200 text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
      <div className="mx-auto max-w-xl space-y-2 px-4 py-6">
        <p>
          An independent help page. Not affiliated with, endorsed by or connected to TikTok or ByteDance. TikTok is a
          trademark of its owner.
        </p>
        <p>No trackers, no cookies, no third-party requests.</p>
      </div>
    </footer>
  );
}
