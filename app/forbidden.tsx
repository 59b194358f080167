import Link from "next/link";

export default function Forbidden() {
  return (
    <section aria-labelledby="forbidden-title" className="space-y-3">
      <h1 id="forbidden-title" className="text-2xl font-bold">
        You do not have access to this page
      </h1>
      <p>Your roles do not allow it. If you need access, ask an administrator.</p>
      <Link href="/" className="text-blue-800 underline">
        Go to the home page
      </Link>
    </section>
  );
}
