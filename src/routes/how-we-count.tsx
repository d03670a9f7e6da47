import type { Route } from "./+types/how-we-count";
import { MAX_QUEUED } from "@/lib/outcomes";
import { sitePage } from "@/content/page.server";
import { sitePageMeta } from "@/lib/page-meta";
import { PageHeading } from "@/components/page-heading";

const title = "How we count answers";

const description = "What the guide counts when you answer a step, what it never keeps, and how to opt out.";

/** Runs at build time: the page's public address for its preview. */
export function loader() {
  return { page: sitePage("/how-we-count") };
}

export const meta: Route.MetaFunction = ({ loaderData }) => sitePageMeta(title, description, loaderData?.page);

/** The privacy page the footer links to. It describes this site's own behaviour (server/outcomes/, src/lib/outcomes.ts). */
export default function HowWeCount() {
  return (
    <article aria-labelledby="step-heading" className="space-y-6">
      <PageHeading>{title}</PageHeading>
      <div className="prose">
        <p>
          Every fix in this guide asks whether it worked. To learn which fixes help, and put those first, the site counts
          the answers.
        </p>
        <h2>What is counted</h2>
        <p>When you tap an answer, the site sends its own server one record with:</p>
        <ul>
          <li>the step you were on, and the symptom and phone in its address (for example &ldquo;clear the cache, Android, likes flip back&rdquo;),</li>
          <li>the answer you tapped,</li>
          <li>the day it arrived.</li>
        </ul>
        <p>
          The record also carries a random number made for that one answer, so that an answer sent twice (after a lost
          connection) is counted once. It is not linked to you or to your other answers.
        </p>
        <h2>What is never kept</h2>
        <p>
          No name, account, IP address, browser or device details, cookie, or anything that could tell two answers came from
          the same person. The server holds your address for one minute, only to refuse floods of answers, and does not
          write it down. Nothing goes to anyone else: no trackers, no third-party requests.
        </p>
        <h2>Offline</h2>
        <p>
          Answers tapped offline wait on your phone (at most {MAX_QUEUED}, for at most a week) and are sent when the connection is
          back.
        </p>
        <h2>Not counted</h2>
        <p>
          If your browser sends Global Privacy Control or Do Not Track, nothing is sent, and the server ignores such a
          record if one arrives. Without JavaScript nothing is sent either.
        </p>
        <h2>When a menu looked different</h2>
        <p>
          A step with a menu path lets you tell us that the menu looked different in your app: a name was different, a
          button was missing, or the order was different. Only that choice is kept, with the step and the week, as a
          count. There is no text box, and nothing about you is kept. You send it yourself, so it is sent with or without
          JavaScript, whatever your browser&apos;s privacy signals say.
        </p>
        <h2>The figures</h2>
        <p>
          Everyone can see what the counts say: <a href="/stats">which fixes work</a>, by phone and by symptom, and which
          steps readers say have changed menus.
        </p>
      </div>
    </article>
  );
}
