import Link from "next/link";

export default function NotFound() {
  return (
    <section aria-labelledby="not-found-title" className="space-y-3">
      <h1 id="not-found-title" className="text-2xl font-bold">
        Page not found
      </h1>
      <Link href="/" className="text-blue-800 underline">
        Go to the home page
      </Link>
    </section>
  );
}
