-- The row generator gives every foreign key to person the same person, and a delegation is never to oneself
-- (V11's check): two people and a delegation from one to the other.
insert into person (id, entra_object_id, upn, display_name, time_zone)
values (910001, 'upgrade-delegator', 'delegator@upgrade.example', 'Pat Delegator', 'America/New_York'),
       (910002, 'upgrade-delegate', 'delegate@upgrade.example', 'Dana Delegate', 'Europe/Berlin');
insert into delegation (delegator_id, delegate_id, starts_on, ends_on, source, created_by_id, created_at)
values (910001, 910002, date '2026-08-30', date '2026-09-04', 'PERSON', 910001, timestamptz '2026-08-29 12:00:00+00');
