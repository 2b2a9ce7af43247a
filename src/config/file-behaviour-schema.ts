import * as z from 'zod';
import { URL_PATH_MAX } from './aws-limits';
import { formField } from './field-meta';
import { PATH_PATTERN } from './patterns';

export const FILE_SOURCES = ['same-origin', 's3'] as const;

const FILE_BEHAVIOUR_WORDS = {
  staticFiles: {
    enabled: 'Serve static files',
    enabledHelp: 'Adds a cache behaviour for Django’s collected static files, cached up to a year.',
    pathPattern: 'Static path pattern',
    pathHelp: 'The URL pattern of the static files behaviour; it must match STATIC_URL.',
    source: 'Static files source',
    sourceHelp: 'Whether CloudFront fetches static files from Django or from a private S3 bucket.',
  },
  mediaFiles: {
    enabled: 'Serve media files',
    enabledHelp: 'Adds a cache behaviour for uploaded (media) files, cached with CachingOptimized.',
    pathPattern: 'Media path pattern',
    pathHelp: 'The URL pattern of the media behaviour; it must match MEDIA_URL.',
    source: 'Media files source',
    sourceHelp: 'Whether CloudFront fetches uploads from Django or from a private S3 bucket.',
  },
} as const;

/** The `staticFiles` or `mediaFiles` part of a config: its own cache behaviour, with each field's metadata. */
export const FileBehaviourSchema = (
  group: keyof typeof FILE_BEHAVIOUR_WORDS,
  defaults: { enabled: boolean; pathPattern: string },
) => {
  const words = FILE_BEHAVIOUR_WORDS[group];
  const whenEnabled = { field: `${group}.enabled`, is: [true] };
  return z.object({
    enabled: formField(z.boolean().default(defaults.enabled), {
      label: words.enabled,
      help: words.enabledHelp,
    }),
    pathPattern: formField(
      z
        .string()
        .trim()
        .max(URL_PATH_MAX, { message: `A path pattern has at most ${URL_PATH_MAX} characters`, abort: true })
        .default(defaults.pathPattern)
        .refine(
          (value) => PATH_PATTERN.test(value),
          'A path pattern such as /static/* (start with /, end with *)',
        ),
      { label: words.pathPattern, help: words.pathHelp, appliesWhen: whenEnabled },
    ),
    source: formField(z.enum(FILE_SOURCES).default('same-origin'), {
      label: words.source,
      help: words.sourceHelp,
      appliesWhen: whenEnabled,
      options: { 'same-origin': 'The Django origin', s3: 'An S3 bucket' },
    }),
  });
};
