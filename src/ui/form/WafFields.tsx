import { WAF_PATHS_MAX } from '../../config/waf-limits';
import { CheckboxField, NumberField, SelectField, TextField } from './fields';
import { TextList } from './TextList';

/** The AWS WAF choice: none, a web ACL of the person's (its ARN), or the Django-safe one the stack creates. */
export function WafFields() {
  return (
    <>
      <SelectField path="distribution.waf" />
      <TextField
        path="distribution.webAclArn"
        placeholder="arn:aws:wafv2:us-east-1:…:global/webacl/NAME/ID"
      />
      <TextList
        path="distribution.wafLargeBodyPaths"
        itemLabel="Large-body path"
        placeholder="/admin/"
        addLabel="Add a path for large bodies"
        addId="add-waf-large-body-path"
        max={WAF_PATHS_MAX}
        className="text-list"
      />
      <TextList
        path="distribution.wafLoginPaths"
        itemLabel="Login path"
        placeholder="/accounts/login/"
        addLabel="Add a login path"
        addId="add-waf-login-path"
        max={WAF_PATHS_MAX}
        className="text-list"
      />
      <div className="field-row">
        <NumberField path="distribution.wafRateLimit" />
        <NumberField path="distribution.wafRateWindowSeconds" />
      </div>
      <CheckboxField path="distribution.wafSqlRules" />
    </>
  );
}
