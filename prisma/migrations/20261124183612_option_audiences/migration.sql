-- An option's audience adds site leads' own measures and personal-security advice, which follows
-- the police-sector threat and never becomes a checklist item (decision 015).
ALTER TYPE "OptionVisibility" ADD VALUE 'SITE_LEADS';
ALTER TYPE "OptionVisibility" ADD VALUE 'PERSONAL';
