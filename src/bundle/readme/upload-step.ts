import type { BucketKey } from '../../model';
import { stepRef, type ReadmeContext } from './context';
import { mdBlock, mdInline } from './markdown';
import { outputVariable, shellInDoubleQuotes } from './shell';

/** What goes in each kind of bucket, in Django's words. */
const BUCKET_CONTENTS: Record<
  BucketKey,
  { what: string; root: string; folder: string; prepare: string | null }
> = {
  StaticFiles: {
    what: 'Static files',
    root: 'STATIC_ROOT',
    folder: 'staticfiles',
    prepare: 'python manage.py collectstatic --noinput   # fills STATIC_ROOT',
  },
  MediaFiles: { what: 'Media files (uploads)', root: 'MEDIA_ROOT', folder: 'media', prepare: null },
};

/**
 * Uploading to the buckets: CloudFront asks S3 for the viewer's path, so a file's object key is its URL path
 * without the leading slash. https://docs.aws.amazon.com/cli/latest/reference/s3/sync.html
 */
export function uploadStep(context: ReadmeContext, buckets: readonly BucketKey[], number: number): string {
  const parts = buckets.map((bucket) => {
    const plan = context.deployment.buckets.find((candidate) => candidate.key === bucket);
    if (plan === undefined) throw new Error(`The deployment has no ${bucket} bucket`);
    // The model's one key layout: the behaviour's URL prefix, as the S3 origin has no origin path.
    const prefix = plan.objectKeyPrefix;
    const contents = BUCKET_CONTENTS[bucket];
    const commands = [
      ...(contents.prepare === null ? [] : [contents.prepare]),
      `${contents.root}=${contents.folder}   # the folder settings.${contents.root} names`,
      `aws s3 sync "$${contents.root}" "s3://$${outputVariable(`${bucket}BucketName`)}/${shellInDoubleQuotes(prefix)}"`,
    ];
    return [`**${contents.what}** (${mdInline(`/${prefix}`)}):`, mdBlock('sh', commands.join('\n'))].join(
      '\n\n',
    );
  });
  return [
    `### ${number}. Upload the files to S3`,
    'CloudFront serves these paths from private buckets (origin access control), not from Django. The bucket ' +
      `names are the outputs kept in ${stepRef(context.stepNumber.stacks)}; each object’s key is its URL path ` +
      'without the leading slash.',
    ...parts,
    'Django can also write there itself (collectstatic, media uploads) with django-storages: the Django README ' +
      'gives the `STORAGES` setting whose `location` is the same prefix.',
  ].join('\n\n');
}
