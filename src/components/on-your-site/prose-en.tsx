import { GuideLink } from "@/components/guide-link";
import { useGuideLinks } from "@/components/embed-context";
import { Snippet, StartingPoints } from "./snippet";
import type { OnYourSiteProps } from "./snippets";

/** The page for site owners, in English (src/routes/on-your-site.tsx). The Spanish says the same: prose-es.tsx. */
export function OnYourSiteEn({ snippets, question, starts }: OnYourSiteProps) {
  const links = useGuideLinks();
  return (
    <>
      <div className="prose">
        <p>
          If your readers ask why their TikTok likes keep disappearing, show them this guide on your own page. They walk the
          same questions and fixes without leaving it.
        </p>
        <h2>Paste one line</h2>
        <p>Put this where the guide should appear:</p>
      </div>
      <Snippet id="snippet-script" code={snippets.script} />
      <div className="prose">
        <ul>
          <li>The frame grows and shrinks with each step, so your page scrolls as one page with no second scroll bar.</li>
          <li>It takes your page&rsquo;s light or dark look. To choose one, add <code>data-scheme="light"</code> or <code>data-scheme="dark"</code> to the script.</li>
          <li>
            For a page in Spanish, add <code>data-lang="es"</code>: the guide opens in Spanish (<code>/embed/es</code>), with
            the same steps.
          </li>
          <li>Links that leave the guide, such as its sources, open in a new tab; your page stays where it was.</li>
          <li>Sharing a step from the frame, or its QR code, gives that step&rsquo;s address on this site.</li>
          <li>
            No cookies and no trackers, on your page or in the frame. Answers tapped in the frame are counted as they are
            here (<GuideLink {...links.page("/how-we-count")}>how we count</GuideLink>).
          </li>
        </ul>
        <h2>Start at a question</h2>
        <p>
          By default the frame opens at the guide&rsquo;s first page. If your page is about one of the problems, skip the
          question &ldquo;{question}&rdquo; with <code>data-start</code>:
        </p>
      </div>
      <StartingPoints starts={starts} snippets={snippets} />
      <div className="prose">
        <h2>If your site does not allow scripts</h2>
        <p>
          A plain frame works too. It cannot grow with the step, so give it a height; add <code>?scheme=dark</code> to the
          address for the dark look.
        </p>
      </div>
      <Snippet id="snippet-iframe" code={snippets.iframe} />
      <div className="prose">
        <p>
          The frame works in any page served over https. It cannot be changed from your page, and every other page of this
          site still refuses to be shown inside another site.
        </p>
      </div>
    </>
  );
}
