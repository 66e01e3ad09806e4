import type { TimelineEntry } from '@sim/contracts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './complaint-media.css';

/** A file on the timeline, as the contract describes it. */
export type AttachmentRef = TimelineEntry['attachments'][number];

const isImage = (mime: string) => mime === 'image/jpeg' || mime === 'image/png';

/**
 * Where an attachment's bytes come from: staff pages use the staff URL (the session cookie goes with an <img>);
 * the citizen's page loads each file with the tracking secret in a header and shows it through an object URL.
 */
export type AttachmentSource =
  { kind: 'url'; url: (id: number) => string } | { kind: 'blob'; load: (id: number) => Promise<Blob> };

function useAttachmentUrl(source: AttachmentSource, id: number): string | null {
  const direct = source.kind === 'url' ? source.url(id) : null;
  const [objectUrl, setObjectUrl] = useState<string | null>(null);
  useEffect(() => {
    if (source.kind !== 'blob') return;
    let url: string | null = null;
    let cancelled = false;
    source
      .load(id)
      .then((blob) => {
        if (cancelled) return;
        url = URL.createObjectURL(blob);
        setObjectUrl(url);
      })
      .catch(() => setObjectUrl(null));
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
    // The loader is recreated on each render; the file is identified by its id.
  }, [source.kind, id]);
  return direct ?? objectUrl;
}

function AttachmentItem({ file, source }: { file: AttachmentRef; source: AttachmentSource }) {
  const { t } = useTranslation();
  const url = useAttachmentUrl(source, file.id);
  const caption = file.phase ? t(`complaints.media.phases.${file.phase}`) : null;
  if (!isImage(file.mime)) {
    return (
      <li className="complaint-media-file">
        {url ? (
          <a href={url} target="_blank" rel="noreferrer" download={file.fileName}>
            {t('complaints.media.document', { name: file.fileName })}
          </a>
        ) : (
          <span>{t('complaints.media.document', { name: file.fileName })}</span>
        )}
      </li>
    );
  }
  const alt = caption
    ? t('complaints.media.photoWithPhase', { phase: caption, name: file.fileName })
    : t('complaints.media.photo', { name: file.fileName });
  return (
    <li className="complaint-media-thumb">
      <a
        href={url ?? undefined}
        target="_blank"
        rel="noreferrer"
        aria-label={t('complaints.media.open', { name: alt })}
      >
        {url ? (
          <img src={url} alt={alt} width={96} height={96} loading="lazy" decoding="async" />
        ) : (
          <span className="complaint-media-placeholder" role="img" aria-label={alt} />
        )}
      </a>
      {caption && <span className="complaint-media-caption">{caption}</span>}
    </li>
  );
}

/** Photos as thumbnails (open full size on tap), other files as links; nothing when there are none. */
export function AttachmentThumbnails({
  attachments,
  source,
}: {
  attachments: AttachmentRef[];
  source: AttachmentSource;
}) {
  if (attachments.length === 0) return null;
  return (
    <ul className="complaint-media" data-testid="attachment-thumbnails">
      {attachments.map((a) => (
        <AttachmentItem key={a.id} file={a} source={source} />
      ))}
    </ul>
  );
}

/**
 * A shared GPS position as links, not a number pair: `geo:` opens the phone's map application (RFC 5870), and
 * OpenStreetMap works on any desktop browser.
 */
export function MapLinks({ lat, lng }: { lat: number; lng: number }) {
  const { t } = useTranslation();
  const la = lat.toFixed(6);
  const lo = lng.toFixed(6);
  return (
    <span className="complaint-map-links" data-testid="map-links">
      <a href={`geo:${la},${lo}`}>{t('complaints.media.openMapApp')}</a>
      <a
        href={`https://www.openstreetmap.org/?mlat=${la}&mlon=${lo}#map=18/${la}/${lo}`}
        target="_blank"
        rel="noreferrer"
      >
        {t('complaints.media.openOsm')}
      </a>
    </span>
  );
}
