export function SectionHeading({ id, title, methodLink }: { id: string; title: string; methodLink?: string }) {
  return (
    <h3 id={id} class="ol-section-h">
      {title}
      {methodLink && (
        <a
          class="ol-method-link"
          href={methodLink}
          target="_blank"
          rel="noreferrer"
          aria-label={`How ${title.toLowerCase()} is judged`}
        >
          How this is judged
        </a>
      )}
    </h3>
  );
}
