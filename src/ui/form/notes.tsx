import { useFormState } from './form-state';
import { projectNameFollowsDomain } from './project-name';

/** Under the project name while it still follows the domain. */
export function ProjectNameNote() {
  const follows = useFormState((form) => projectNameFollowsDomain(form.draft));
  if (!follows) return null;
  return <p className="field-note">Made from your domain until you type a name of your own.</p>;
}

/**
 * For DNS that is not in Route 53 (a registrar, Cloudflare…): what to do by hand, since the stack can neither
 * write the records nor validate a certificate there.
 */
export function DnsElsewhereNote() {
  const byHand = useFormState(
    (form) => !form.view.dns.createRecords && form.view.certificate.source === 'existing-arn',
  );
  if (!byHand) return null;
  return (
    <aside className="plain-note" aria-label="DNS outside Route 53">
      <h3>DNS somewhere other than Route 53?</h3>
      <p>
        Request the certificate in ACM (us-east-1) with DNS validation, add the CNAME record ACM shows at your
        DNS provider, and paste its ARN above once issued. After the deploy, point each name at the
        distribution’s d….cloudfront.net name with a CNAME record (a bare example.com cannot be a CNAME: use
        your provider’s ALIAS or ANAME record if it has one).
      </p>
    </aside>
  );
}

/** The sentence that matters for each caching choice, read before choosing. */
export const CACHING_CHOICES: Record<string, string> = {
  disabled: 'Every request reaches Django: the safe choice for a site with logins, forms or per-user pages.',
  'origin-cache-control':
    'CloudFront keeps only the pages Django marks cacheable with Cache-Control (max-age or s-maxage). ' +
    'Mark only pages that are the same for everyone.',
  'all-cookies-and-query-strings':
    'CloudFront also keeps pages Django did not mark, for the default TTL: edits stay invisible that long, ' +
    'and a page that sets a cookie can be handed to the next visitor. Risky with logins.',
};

/** How to mark views in Django, once pages may be cached: public pages cacheable, the rest never. */
export function CachingGuide() {
  const caching = useFormState((form) => form.view.dynamicCaching.mode !== 'disabled');
  if (!caching) return null;
  return (
    <aside className="plain-note" aria-label="Marking views cacheable in Django">
      <h3>Mark views in Django</h3>
      <p>
        CloudFront keeps a page together with the cookies it sets, for everyone who sends the same cookies:
        first-time visitors send none. So mark only pages that are the same for everyone, and never a page
        with a form (its csrftoken cookie), a login or a user’s data:
      </p>
      <pre className="code-sample">
        <code>
          {`from django.views.decorators.cache import cache_control, never_cache

@cache_control(public=True, max_age=300)  # the same for everyone: 5 minutes
def pricing(request): ...

@never_cache  # forms, logins, a user's pages
def account(request): ...`}
        </code>
      </pre>
    </aside>
  );
}
