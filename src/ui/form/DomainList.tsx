import { TextList } from './TextList';

const MAX_EXTRA_NAMES = 20;

/** The extra domain names: a list the person adds to and removes from, each with its own error. */
export function DomainList() {
  return (
    <TextList
      path="domains.additional"
      itemLabel="Other domain name"
      placeholder="example.com"
      addLabel="Add a domain name"
      addId="add-domain"
      max={MAX_EXTRA_NAMES}
      className="text-list domain-list"
    />
  );
}
