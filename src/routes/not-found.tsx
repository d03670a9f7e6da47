import { NotFound } from "@/components/not-found";

export const meta = () => [
  { title: "Page not found · Likes troubleshooter" },
  { name: "robots", content: "noindex" },
];

/** Prerendered to /404/index.html: the page the server sends with every 404. */
export default function NotFoundPage() {
  return <NotFound />;
}
