-- The 26 executive action types of the original solution's sample data (DATA_MODEL.md §5). They are reference
-- data every deployment needs (correspondence cannot be logged without a type), so Flyway owns them; admins
-- may add more.
insert into executive_action_type (id, name, description, category)
select nextval('misc_seq'), t.name, t.description, t.category
from (values
    ('MOUs', 'Memoranda of understanding with other agencies or partners', 'AGREEMENT'),
    ('MOAs', 'Memoranda of agreement', 'AGREEMENT'),
    ('Legal Agreements', 'Binding agreements reviewed by counsel', 'AGREEMENT'),
    ('Directives', 'Agency directives to staff or components', 'DIRECTIVE_OR_ORDER'),
    ('Executive Orders', 'Implementation of presidential executive orders', 'DIRECTIVE_OR_ORDER'),
    ('Policies', 'Agency policies and their updates', 'DIRECTIVE_OR_ORDER'),
    ('Data Calls', 'Requests for information from oversight bodies or headquarters', 'INFORMATION_REQUEST'),
    ('Congressional Inquiries', 'Letters and questions from Members of Congress and committees', 'INFORMATION_REQUEST'),
    ('Briefings', 'Briefings and briefing memos for leadership', 'COMMUNICATION'),
    ('Reports', 'Reports to leadership, Congress or the public', 'COMMUNICATION'),
    ('Press Releases', 'Public statements and press releases', 'COMMUNICATION'),
    ('Public Notices', 'Notices to the public', 'COMMUNICATION'),
    ('Regulations', 'Rulemaking and regulatory actions', 'REGULATORY_AND_COMPLIANCE'),
    ('Audit Responses', 'Responses to IG and GAO audits', 'REGULATORY_AND_COMPLIANCE'),
    ('Compliance Certifications', 'Certifications of compliance with law or policy', 'REGULATORY_AND_COMPLIANCE'),
    ('Ethics Guidelines', 'Ethics rules and guidance', 'REGULATORY_AND_COMPLIANCE'),
    ('Strategic Plans', 'Agency strategic plans', 'PLANNING_AND_STRATEGY'),
    ('Operational Plans', 'Operational and implementation plans', 'PLANNING_AND_STRATEGY'),
    ('Budget Proposals', 'Budget requests and proposals', 'PROCUREMENT_AND_BUDGETING'),
    ('Grants', 'Grant programs and awards', 'PROCUREMENT_AND_BUDGETING'),
    ('Procurement Requests', 'Acquisitions and procurement requests', 'PROCUREMENT_AND_BUDGETING'),
    ('Personnel Actions', 'Hiring, reassignment and other personnel actions', 'HUMAN_RESOURCES'),
    ('Training Programs', 'Training programs for staff', 'HUMAN_RESOURCES'),
    ('Research Proposals', 'Research proposals and studies', 'PROGRAM_AND_PROJECT_MANAGEMENT'),
    ('Event Planning', 'Planning of events and meetings', 'PROGRAM_AND_PROJECT_MANAGEMENT'),
    ('Security Protocols', 'Security and safety protocols', 'SECURITY_AND_SAFETY')
) as t(name, description, category)
on conflict (name) do nothing;
