import { MAX_QUEUED } from "@/lib/outcomes";
import { useTextOf } from "@/components/language";
import { countsText } from "@/lib/text/counts";
import type { CountingRules } from "./rules";

/** The counting page's prose in English (src/routes/how-we-count.tsx). The Spanish says the same: prose-es.tsx. */
export function HowWeCountEn({ rule, evidence }: CountingRules) {
  const percent = (p: number) => `${p * 100}%`;
  const { number } = useTextOf(countsText).format;
  return (
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
        the same person. The server holds your address in its memory for one minute, to refuse floods of answers, and
        until the end of the hour, so that one address counts as one report of a problem (see below). It never writes it
        down. Nothing goes to anyone else: no trackers, no third-party requests.
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
      <h2 id="live">Is it just me? The live count</h2>
      <p>
        Your answer to &ldquo;what is happening?&rdquo; is also a report of that problem. For each problem the server keeps
        one number per hour: how many readers reported it. Your browser reports each problem at most once an hour (it
        keeps a note of the hour on your phone), and the server counts one report per address per hour.
      </p>
      <p>
        The quick checks and the outage step compare the last 60 minutes with the same 60 minutes of the week over the
        past {rule.weeks} weeks (the usual). They say:
      </p>
      <ul>
        <li>
          <strong>most likely a problem on TikTok&apos;s side</strong> when at least {rule.highCount} readers reported it, at
          least {rule.highRatio} times the usual, and so many would happen by chance in an ordinary hour less than once in{" "}
          {number(Math.round(1 / rule.highChance))} (a Poisson test);
        </li>
        <li>
          <strong>more than usual</strong> with at least {rule.raisedCount} readers, {rule.raisedRatio} times the usual, and
          a chance below 1 in {Math.round(1 / rule.raisedChance)};
        </li>
        <li>
          <strong>no sign of a wider problem</strong> otherwise.
        </li>
      </ul>
      <p>
        With less than {rule.minWeeks} weeks of counts, or fewer than {rule.minHistory} reports of the problem in them, the
        guide says nothing at all: no data is not the same as no problem. The count only knows what readers of this
        guide report, not what TikTok knows.
      </p>
      <h2>How often a fix worked</h2>
      <p>
        A fix step shows how many readers who tried it in the last {evidence.days} days said it worked, on your phone
        where the step is for one phone, with a range it is likely to be in ({percent(0.95)} Wilson interval). It shows
        nothing until at least {evidence.minimum} readers have answered. It is the same figure as on the{" "}
        <a href="/stats">figures page</a> for those days.
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
  );
}
