"""Word lists of the language rules.

Verb lists give every inflection on purpose: a rule's lexicon is also its trigger list,
and the engine parses only sentences that contain one of these surface forms.
"""

from __future__ import annotations


def forms(*verbs: str) -> frozenset[str]:
    """Lower-case surface forms from space-separated inflection lists."""
    return frozenset(w for v in verbs for w in v.split())


# --- people ---------------------------------------------------------------------------

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "i", "me", "his", "hers", "whoever"})
#: Collective subjects: not one person, so not person-blame (but still hindsight, PM103).
GROUP_SUBJECTS = frozenset(
    {"we", "us", "our", "the team", "team", "everyone", "everybody", "nobody", "no one",
     "they", "them", "it", "people", "folks", "all", "anyone", "anybody"}
)  # fmt: skip
WE = frozenset({"we", "us", "team", "everyone", "everybody", "someone", "somebody", "anyone",
                "anybody", "they", "responders", "engineers", "people", "i"})  # fmt: skip
ROLE_NOUNS = frozenset(
    """engineer intern developer dev admin administrator sre dba dbas operator oncall on-call
    on-caller manager contractor employee colleague reviewer approver author deployer
    responder technician analyst tester architect hire newcomer junior person someone
    somebody staffer member lead owner consultant sysadmin programmer coder teammate
    commander shift agent captain ic""".split()
)
#: Multi-word roles read from a noun and its modifiers ("release manager", "new hire").
ROLE_PHRASES = frozenset(
    {"release manager", "incident commander", "team lead", "tech lead", "new hire",
     "on - call", "night shift"}
)  # fmt: skip
#: Nouns that look like roles but name systems or groups.
NOT_PEOPLE = frozenset(
    {"team", "teams", "bot", "job", "process", "script", "service", "system", "tool",
     "operator-sdk", "shift"}
)  # fmt: skip

#: Infrastructure products that read like names when they are the subject of a verb.
PRODUCT_NAMES = frozenset(
    """kubernetes k8s terraform helm flux argo argocd jenkins github gitlab bitbucket
    postgres postgresql mysql mariadb redis memcached kafka zookeeper etcd consul vault
    nomad envoy istio linkerd nginx traefik haproxy apache caddy prometheus grafana loki
    datadog pagerduty opsgenie sentry splunk cloudflare fastly akamai aws gcp azure ec2 eks
    gke aks lambda elasticsearch opensearch kibana logstash fluentd fluentbit celery
    sidekiq rabbitmq docker podman containerd cassandra mongodb dynamodb bigquery snowflake
    airflow dagster spark hadoop hive presto trino ansible puppet chef salt pulumi
    cloudformation route53 certbot letsencrypt okta auth0 slack jira confluence buildkite
    circleci travis concourse spinnaker tekton renovate dependabot npm pip pypi cargo
    maven gradle webpack vercel netlify heroku openstack vmware proxmox ceph minio s3
    karpenter keda velero crossplane""".split()
)

#: Given names that are also English words (decision 32): at the start of a sentence they
#: are names only as the subject of a finite verb ("Chase rebooted ...", "Bill pushes ...").
WORD_NAMES = frozenset(
    "will grace hope mark bill rose drew chase faith joy dawn sunny rob pat art gene "
    "destiny hunter amber frank penny max summer ray cliff ivy sterling miles sandy".split()
)

#: Functions that are groups of people: "Support should have escalated sooner".
TEAM_FUNCTIONS = frozenset(
    "support ops operations qa management sales legal security engineering product "
    "leadership infra infrastructure platform".split()
)

# --- PM101 person-blame --------------------------------------------------------------

#: Verbs that are lapses in themselves ("forgot", "missed", "overlooked", "clobbered").
LAPSE_VERBS = forms(
    "forget forgets forgot forgotten forgetting",
    "miss misses missed",
    "ignore ignores ignored ignoring disregard disregards disregarded disregarding",
    "overlook overlooks overlooked overlooking",
    "misconfigure misconfigures misconfigured misconfiguring",
    "mistype mistypes mistyped misread misreads misjudge misjudged misjudges",
    "mislabel mislabels mislabeled mislabelled mislabeling mislabelling",
    "misroute misroutes misrouted misrouting misclick misclicks misclicked",
    "misspell misspells misspelled misspelt misapply misapplies misapplied",
    "misidentify misidentifies misidentified misinterpret misinterprets misinterpreted",
    "misdiagnose misdiagnoses misdiagnosed misremember misremembers misremembered",
    "neglect neglects neglected neglecting",
    "skip skips skipped skipping",
    "break breaks broke broken breaking",
    "botch botches botched bungle bungles bungled screw screwed mess messed",
    "clobber clobbers clobbered clobbering",
)
#: Slips written as hyphenated compounds: the tokenizer splits them at the hyphen, so a
#: rule reads the last part as the verb and the first part as its prefix.
HYPHEN_SLIPS = {
    "fat": forms("finger fingers fingered fingering"),
    "rubber": forms("stamp stamps stamped stamping"),
}
#: Removals are everyday remediation ("deleted the stuck pods"): they blame only with a
#: harmed or wrong target close after them, or a mistake qualifier.
REMOVAL_VERBS = forms(
    "delete deletes deleted deleting",
    "drop drops dropped dropping",
    "wipe wipes wiped wiping",
    "overwrite overwrites overwrote overwritten overwriting",
    "nuke nukes nuked nuking purge purges purged purging",
    "truncate truncates truncated truncating",
)
#: Putting back what someone removed (lemmas): "Restore the records that @t.osei overwrote".
RESTORE_FORMS = forms(
    "restore restores restored recover recovers recovered rebuild rebuilds rebuilt recreate "
    "recreates recreated reinstate reinstates reinstated undo undoes undid"
)
FAILURE_LEMMAS = frozenset(
    {"forget", "miss", "ignore", "overlook", "misconfigure", "mistype", "misread", "misjudge",
     "neglect", "skip", "break", "delete", "drop", "botch", "screw", "mess", "wipe",
     "overwrite", "fat-finger", "disregard", "mislabel", "misroute", "clobber", "nuke",
     "purge", "truncate", "bungle"}
)  # fmt: skip
#: Verbs that introduce something: blame when what they introduce is bad ("pushed a bad
#: config"), not when they remove it.
INTRODUCE_VERBS = forms(
    "push pushes pushed pushing deploy deploys deployed deploying merge merges merged "
    "merging ship ships shipped shipping apply applies applied applying run runs ran running "
    "use uses used using select selects selected selecting commit commits committed write "
    "writes wrote written set sets enter enters entered choose chose chosen pick picked "
    "configure configured introduce introduced release released upload uploaded type typed "
    "copy copied paste pasted approve approved add adds added roll rolled send sent give gave"
)
CAUSE_VERBS = forms("cause causes caused causing")
#: "failed to", "neglected to": a lapse (PM101), and hindsight (PM103), when people fail.
FAIL_TO = forms("fail fails failed failing neglect neglects neglected neglecting")
#: "Alice failed to receive the page": what happens to someone, not an action they failed
#: at (lemmas of the verb after "failed to").
UNDERGONE_LEMMAS = frozenset("receive get see hear obtain".split())
#: What makes a noun someone's: "Kai's error", "his slip-up" (PM101, PM201).
POSSESSIVES = forms("'s ’s his her my their")
HARMED_WORDS = forms("production prod live primary customer customers entire whole main master")
MISTAKE_ADVERBS = forms(
    "accidentally mistakenly inadvertently carelessly unintentionally erroneously wrongly "
    "recklessly negligently"
)
WITHOUT_OBJECTS = forms(
    "testing test tests approval approvals review reviews reviewing checking check verifying "
    "verification asking telling permission looking reading confirming confirmation canary "
    "canaries backup backups staging",
    # omissions: what a person skipped on the way ("without waiting for the drain")
    "opening expanding inspecting mentioning handing notifying informing consulting announcing",
)
#: Checks a person left out before acting (lemmas): "did not open the file before
#: approving it".
CHECK_LEMMAS = frozenset("open read check test review verify inspect confirm".split())
BAD_ADJECTIVES = forms("bad wrong faulty incorrect untested unreviewed buggy broken invalid bogus")
FAULT_NOUNS = forms(
    "mistake mistakes fault error errors oversight oversights blunder blunders slip negligence "
    "misstep missteps lapse carelessness sloppiness laziness incompetence recklessness "
    "inattention failure typo typos"
)
#: "slip-up", "screw-up": fault nouns the tokenizer splits at the hyphen ("slip", "-", "up").
FAULT_COMPOUNDS = forms("slip screw mess foul")
#: Deployment targets: an action aimed at one of these "instead of" another, or "thinking
#: it was" another, went to the wrong place.
ENVIRONMENTS = HARMED_WORDS | forms(
    "staging stage replica replicas secondary standby test dev sandbox canary"
)
#: Things people are paged or warned with: dismissing, sleeping through or sitting on them
#: is a lapse.
ALERT_NOUNS = forms(
    "alert alerts alarm alarms page pages warning warnings notification notifications pager "
    "phone it them ticket tickets report reports escalation escalations"
)
#: Undoing one's own change, "never" done: "never turned it back on", "never unmuted",
#: "never re-enabled" ("re" is split off at the hyphen).
UNDO_WORDS = forms(
    "back re unmute unmuted unpause unpaused unsilence unsilenced reenable reenabled"
)
#: Keeping one's change to oneself: "reverted the fix and told nobody".
TOLD_FORMS = forms("told informed warned notified")
#: Signs a person went on despite: "despite three warnings", "despite the red smoke tests".
WARNING_SIGNS = forms("warning warnings red failing objection objections")
#: Going ahead past them (lemmas): "carried on", "signed off the build", "deployed anyway".
GO_AHEAD_LEMMAS = frozenset(
    "carry continue proceed sign go press push deploy merge ship apply run approve release "
    "roll promote launch resume".split()
)
#: What a person lets happen ("let the domain expire", "let the disk fill up").
LAPSED_OUTCOMES = forms("expire expires expired lapse lapses lapsed fill fills filled")
#: How a person leaves something exposed ("left port 9200 open to the internet").
EXPOSED_WORDS = forms(
    "open public exposed unlocked unprotected unencrypted unauthenticated world-readable "
    "unattended unpatched"
)
#: Safeguards: bypassing one is the failure ("bypassing the two-person rule").
SAFEGUARDS = forms(
    "rule rules review reviews approval approvals check checks policy process freeze gate "
    "gates guard guardrail guardrails safeguard safeguards protection protections control "
    "controls requirement queue queues"
)

#: Two-word lapses, by their verb: "let the domain expire", "left port 9200 open",
#: "dismissed the alert", "slept through four pages", "sat on it", "bypassing the
#: two-person rule", "approved his own PR", "... thinking it was staging".
LET_FORMS = forms("let lets letting")
LEAVE_FORMS = forms("leave leaves left leaving")
DISMISS_FORMS = forms("dismiss dismisses dismissed dismissing")
SLEEP_FORMS = forms("sleep sleeps slept sleeping")
SIT_FORMS = forms("sit sits sat sitting")
BYPASS_FORMS = forms(
    "bypass bypasses bypassed bypassing circumvent circumvents circumvented circumventing"
)
SELF_APPROVE_FORMS = forms("approve approves approved approving merge merges merged merging")
BELIEF_FORMS = forms("thinking believing assuming")
#: "mistaking it for `checkout-canary`": taking one target for another.
MISTAKING_FORMS = forms("mistaking confusing")
#: What was meant instead: "instead of the intended 24m", "where /28 was intended".
INTENDED_WORDS = forms("intended correct right planned")
#: "shipped during the freeze with the CTO's approval": an exception, not a violation.
SANCTIONED_WORDS = frozenset({"exception", "approve", "approval", "waiver", "sign-off", "signoff"})
#: "Under the agreed noise policy, the IC ignored the flapping alert": ignoring by the book.
NOISE_RULEBOOKS = frozenset({"policy", "runbook", "playbook", "procedure", "agreement"})
#: "left the incident channel open for questions": open on purpose, to people.
OPEN_TO_PEOPLE = frozenset(
    "channel bridge call room thread ticket incident question questions doc document option "
    "options possibility door line".split()
)
#: "broke the news", "broke the deadlock": idioms, not failures.
IDIOM_OBJECTS = frozenset("news silence tie record ice deadlock logjam stalemate".split())
#: "missed the whole incident" (was not there): events one can be absent from.
ABSENCE_EVENTS = frozenset(
    "incident outage meeting call standup stand-up retro retrospective bridge flight train "
    "briefing kickoff handover party".split()
)
#: Verbs (lemmas) whose "the wrong X" is the thing found or fixed, not the thing hit.
FINDING_VERBS = frozenset(
    "fix correct revert undo spot find notice flag catch identify detect discover report "
    "highlight investigate explain point note mention see realise realize confirm".split()
)
#: Destructive actions (lemmas): done "instead of" something gentler, they were the mistake.
DESTRUCTIVE_VERBS = frozenset(
    "delete drop wipe overwrite nuke purge truncate destroy reboot restart kill terminate "
    "detach revoke disable reset remove flush".split()
)
#: Quantifiers of a whole set: "rebooted both members instead of one at a time" and
#: "cordoned all six nodes rather than the two listed" hit the whole where a part was meant.
WHOLE_SET = frozenset({"all", "both", "every", "entire", "whole"})
#: Choosing one thing "instead of" another is a decision, not a slip.
DECISION_VERBS = frozenset("choose decide opt pick prefer".split())
#: Subjects that a blame framing hands to a person: "That one is on Bram", "The outage
#: was down to Ines".
BLAMED_SUBJECTS = frozenset(
    "that this it one outage incident failure breakage mess fault blame loss downtime "
    "miss slip".split()
)

# --- PM103 counterfactual --------------------------------------------------------------

#: People's work (lemmas): "The schema change should have been reviewed" is hindsight about
#: what people should have done, with no person as subject (decision 34). Not "catch":
#: "The exception should have been caught" is about code.
PEOPLE_WORK_LEMMAS = frozenset(
    "review test check verify validate approve escalate spot notice proofread "
    "double-check peer-review rehearse".split()
)
#: Bringing people in: "ideally the secondary would have been pulled in here" judges the
#: response, when a person or role is the one brought in.
SUMMONED_LEMMAS = frozenset("page call pull bring loop involve wake".split())
#: Something people might have done, as the subject of what it would have averted: "A
#: quick look at the calendar would have saved us", "a second pair of eyes".
HINDSIGHT_ACTS = frozenset("look glance check read pair rehearsal walkthrough".split())
#: What a step not taken would have averted (lemmas): "would have caught/saved/avoided".
AVERTED_LEMMAS = frozenset("catch spot notice avoid prevent save stop flag find".split())
#: "A better response would have been to fail over first": a verdict on a choice.
BETTER_CHOICE = frozenset("better safer right wiser smarter correct best".split())
#: What such a verdict weighs: a response, not a design ("a better design would have been
#: to shard by tenant" is about a system).
CHOICE_NOUNS = frozenset(
    "response path option move call course choice decision action step thing".split()
)
#: Words that mark hindsight outright: "in retrospect", "in hindsight", "looking back".
RETROSPECT = frozenset({"retrospect", "hindsight"})

# --- PM104 judgmental-language ----------------------------------------------------------

JUDGMENT_WORDS = forms(
    "careless carelessly carelessness sloppy sloppily sloppiness lazy lazily laziness "
    "negligent negligently negligence incompetent incompetence incompetently stupid "
    "stupidity stupidly reckless recklessly recklessness dumb foolish foolishly "
    "irresponsible irresponsibly idiotic inexcusable amateurish clueless shoddy shoddily "
    "slapdash slipshod cavalier cavalierly unprofessional unprofessionally boneheaded lax "
    "laxity inept ineptly ineptitude thoughtless thoughtlessly moronic idiot idiots idiocy "
    "lackadaisical unforgivable inexcusably foolhardy clumsy clumsily haphazard haphazardly "
    "shambolic pathetic",
    # decision 36: a token effort
    "perfunctory perfunctorily",
)
HEDGE_ADVERBS = forms("obviously clearly evidently plainly")
#: Praise that, denied to a person, judges them: "was not competent to run the upgrade".
UNMET_COMPETENCE = forms("competent")
TECHNICAL_LAZY = forms(
    "loading load loaded evaluation initialization initialisation init import imports "
    "apply fetching iterator instantiation consensus",
    # computed on first use: "lazily created indices", "lazily allocated buffers"
    "created creation computed allocated instantiated initialized initialised evaluated "
    "generated populated built",
    # decision 36: lazy expiry and eviction ("Redis expires keys lazily")
    "expire expires expired expiring expiry expiration evict evicts evicted eviction",
)
#: "dumb pipes", "dumb terminals": devices without logic, not a judgement.
TECHNICAL_DUMB = forms(
    "pipe pipes terminal terminals switch switches client clients device devices proxy "
    "proxies phone phones"
)
#: "lax mode", "SameSite=Lax": a parser's or a cookie's setting.
TECHNICAL_LAX = forms("mode modes parsing parser samesite cookie cookies =")

# --- PM201 human-error-cause --------------------------------------------------------------

HUMAN_ERROR_PHRASES = (
    "human error",
    "human errors",
    "operator error",
    "operator errors",
    "user error",
    "pilot error",
    "human mistake",
    "human mistakes",
    "operator mistake",
    "human failure",
    "carelessness",
)
CAUSE_WORDS = forms(
    "cause caused causes causing because due result resulted reason root down led lead "
    "blame attributed responsible"
)

# --- PM301 vague-action / PM302 exhortation / PM310 punitive-action -----------------------

#: Verbs that start an action without saying what changes (as written in action items:
#: imperatives, gerunds, and "Improved ..." deliverable titles).
VAGUE_VERBS = forms(
    "improve improving improved enhance enhancing enhanced investigate investigating "
    "look looking review reviewing consider considering monitor monitoring ensure "
    "ensuring revisit revisiting evaluate evaluating explore exploring assess assessing "
    "optimise optimize optimising optimizing follow strengthen strengthening address "
    "addressing examine examining better",
    # decision 35: they say where to look or which way to move, not what changes
    "discuss discussing tighten tightening streamline streamlining modernise modernize "
    "modernising modernizing harden hardening increase increasing",
    # decision 38: "Rethink" behaves like "revisit"; socialising, formalising or
    # prioritising "how we X" names no change either
    "rethink rethinking reassess reassessing socialise socialize socialising socializing "
    "formalise formalize formalising formalizing prioritise prioritize prioritising "
    "prioritizing",
)
#: Phrasal verbs that start an action without saying what changes: "Beef up capacity
#: planning", "Double down on reliability", "Come up with a plan", "Sync with security".
#: Open-ended qualifiers that leave the change to whoever gets to it: "Update runbooks
#: accordingly", "Clean up the alerting config at some point".
OPEN_ENDED = frozenset(
    {"accordingly", "as needed", "as appropriate", "as required", "where possible",
     "if possible", "when possible", "at some point", "where we can", "where needed"}
)  # fmt: skip
VAGUE_PHRASALS = frozenset(
    {"beef up", "double down", "cut down", "come up", "sync with", "deep dive", "deep -"}
)
PUNITIVE_VERBS = forms(
    "retrain retrains retraining re-train train trains training remind reminds reminding "
    "reminder discipline disciplinary reprimand warn warning coach coaching counsel "
    "supervise supervision supervising talk speak conversation chat revoke pair require "
    "requires need needs improvement course courses certification recertification exam "
    "bootcamp retake redo recertify re-certify hr 1:1 one-on-one rights access privileges "
    "permissions"
)

# Below, lists that trigger the parser give surface forms; lists a rule only checks on a
# parsed sentence give lemmas.

# --- PM301: what does not make an action concrete --------------------------------------

#: Capitals that name no component: placeholders ("TBD"), teams and roles ("SRE", "QA"),
#: and whole areas of work ("the CI pipeline").
EMPTY_CAPITALS = frozenset(
    "tbd tba todo wip n/a asap fyi eta sre sres qa dba dbas ops devops ic hr pm pms eng "
    "it ux ui ci cd db eoq eoy eom".split()
)
#: "Make deploys safer", "make the pipeline faster": a goal with no change named.
COMPARATIVES = forms(
    "safer faster easier simpler quicker smoother stronger clearer sturdier tighter "
    "cheaper smarter louder quieter cleaner healthier leaner tidier"
)

# --- PM302: what people are asked to pay ----------------------------------------------

#: "Be/stay ... X": states of attention people are told to be in.
ATTENTIVE = forms(
    "careful cautious vigilant alert diligent disciplined thorough mindful aware attentive "
    "focused focussed conscientious thoughtful sharp proactive meticulous rigorous wary "
    "observant paranoid deliberate"
)
#: "Be less X", "stop being so X": the opposite states (first token of "trigger-happy").
INATTENTIVE = forms(
    "careless sloppy hasty complacent cavalier casual reckless lax impatient rushed trigger lazy"
)
#: Attention as a quantity: "more care", "less haste", "more diligence from everyone".
ATTENTION_NOUNS = forms(
    "care caution diligence vigilance attention respect rigour rigor discipline thought heed"
)
#: Nouns that name a habit of mind, and the verbs that make them an exhortation ("Use
#: common sense", "Avoid complacency", "Make a habit of ...", "Resist the urge to ...").
MINDSET: dict[str, frozenset[str]] = {
    noun: frozenset(verbs.split())
    for nouns, verbs in (
        ("judgement judgment sense", "use exercise apply show trust"),
        ("wits", "keep"),
        ("habit", "make get form build develop"),
        ("urge temptation", "resist fight avoid"),
        ("complacency", "avoid resist fight guard beware"),
        ("diligence vigilance", "do exercise show demand need require heighten increase "
         "raise maintain keep"),
    )
    for noun in nouns.split()
}  # fmt: skip
#: "Give X the attention it deserves": verbs that hand over attention.
GIVE = frozenset({"give", "devote", "dedicate", "bring", "pay"})
#: "Watch X closely", "must actually read the diff": human looking and checking.
LOOK_VERBS = frozenset(
    "watch monitor follow track read review look check inspect scrutinise scrutinize examine "
    "observe verify test open confirm eyeball".split()
)
#: "Try to catch these earlier", "must escalate faster": how quickly people respond.
SPEED_WORDS = forms("earlier sooner faster quicker")
RESPONSE_VERBS = frozenset(
    "catch spot notice escalate respond react acknowledge ack answer reply communicate "
    "report flag speak raise act triage".split()
)
#: "Respect the change freeze": rules people keep (not a header or a rate limit in code).
RULES_PEOPLE_KEEP = forms(
    "freeze freezes process processes procedure procedures runbook runbooks checklist "
    "checklists policy policies rule rules guideline guidelines window windows handover "
    "rota"
)
#: "Treat every page as real", "treat staging like production": what people take a
#: thing for.
TREAT_AS = forms(
    "real genuine urgent serious live production prod critical emergency incident outage "
    "important actionable legitimate"
)
#: "Read the diff properly", "actually read": reading as a matter of care.
READ_MANNER = forms("properly twice again actually through carefully fully thoroughly")
#: "Read the whole runbook", "read the release notes in full".
READ_WHOLE = forms("whole entire full every all")
#: "Read the runbook before starting": things people read (not a backlog or a config).
READABLES = forms(
    "runbook runbooks doc docs documentation plan diff output alert alerts page pages "
    "ticket changelog notes checklist message messages warning warnings instructions "
    "procedure playbook manual readme description text line lines word"
)
#: "Sloppiness ... has to end": behaviour that a demand to stop is about.
BEHAVIOUR_NOUNS = forms(
    "sloppiness carelessness recklessness laziness negligence complacency heroics "
    "guesswork this that it"
)

#: "Remove the need to double-check": an item that takes the burden away from people.
RELIEF_NOUNS = frozenset({"need", "reliance", "dependence", "dependency", "burden"})
RELIEF_VERBS = frozenset(
    "remove eliminate reduce avoid replace end cut drop obviate lift take".split()
)

# --- PM302: the mechanism that makes an item a system change ---------------------------

#: Adverbs and nouns that say a machine does the work.
AUTOMATION = forms(
    "automatically automated automate automating automation programmatically autonomously "
    "auto automatic"
)
#: Verbs that only a system does to people or changes: "page when lag exceeds 30 s".
SYSTEM_VERBS = frozenset(
    "page alert notify enforce block reject refuse abort gate lint autofill prefill".split()
)
#: Where a change lives ("in CI", "in the SLO config", "via the merge queue"), and what
#: does the work in a "how" clause ("the pipeline now runs them").
SYSTEM_PLACES = frozenset(
    "ci code config configuration pipeline client server queue linter hook webhook tool "
    "tooling cli ui script job bot template proxy workflow settings terraform helm "
    "codeowners prompt".split()
)
#: What a system checks with: "Keep an eye on replication with a lag alert".
NEW_SAFEGUARDS = SYSTEM_PLACES | frozenset(
    "alert check test probe guard gate lock banner hook rule threshold monitor".split()
)
#: First verbs of a "how" clause after a colon: "Mind the gap: alert when ...".
CHANGE_VERBS = frozenset(
    "add alert page notify escalate require enforce raise lower set enable disable configure "
    "automate block reject route show display pin delete remove run schedule install create "
    "build increase decrease cap limit gate lint fail abort refuse hold move "
    "switch replace rewrite wire hook".split()
)

# --- PM310: what is done to a person -----------------------------------------------------

#: Training, supervision and tests whose subject is the one corrected: "Kenji to attend
#: the refresher", "The junior DBA must pair with a senior", "Mandatory shadowing for X".
TRAINEE_WORDS = forms(
    "refresher refreshers quiz shadow shadows shadowing pair pairs pairing mentor mentors "
    "mentoring remedial"
)
#: Training open to everyone, or material for newcomers, is not corrective (decision 27).
OPEN_TRAINING = frozenset(
    "onboarding optional voluntary opt-in elective hire hires joiner joiners starter "
    "starters newcomer newcomers".split()
)
#: "the on-call training deck": training as material, edited rather than attended.
TRAINING_MATERIAL = frozenset(
    "deck slides material materials module modules curriculum doc docs handbook wiki page "
    "guide video videos catalogue catalog content syllabus".split()
)
#: Review gates a system enforces for everyone ("a CODEOWNERS review", "branch protection").
ENFORCED_GATES = frozenset({"codeowners", "protection", "ruleset", "rulesets", "queue"})
#: Verbs that "re-" makes corrective ("Re-certify Bogdan", "Re-onboard the contractors").
REDO_VERBS = forms("certify onboard test qualify educate")
#: Sanctions named by a noun: "90-day probation", "a strike against the release manager".
SANCTION_NOUNS = forms("probation strike strikes demotion suspension")
#: Verbs that sanction the person they take as object: "Ban Lorenzo from Friday deploys",
#: "Strip the contractor of deploy permissions", "Restrict Olumide to read-only access".
SANCTION_VERBS = forms(
    "ban bans banned banning bar barred bench benched demote demoted suspend suspends "
    "suspended strip strips stripped restrict restricts restricted fire fired sack sacked "
    "dismiss dismissed ground grounded",  # "limit" only with a person: sanctions.LIMITED
    # "Ask the vendor to replace the contractor who ran the migration" (not "replace the
    # approver with a policy check", which `sanctioned` reads as a change of mechanism)
    "replace replaces replaced replacing",
)
#: Verbs that take a person off a duty: "Remove Kwabena from the on-call rotation".
UNASSIGN_VERBS = forms(
    "remove removes removed move moves moved pull pulls pulled take takes took reassign "
    "reassigns reassigned rotate rotated drop dropped kick kicked"
)
#: The duties a person is taken off.
DUTIES = frozenset(
    "rota rotation roster team squad schedule pager on-call oncall call shift shifts "
    "duty duties project".split()
)
#: Why a person leaves a duty when it is care or a plan, not a sanction.
WELFARE = frozenset(
    "request requested rest recover recovery leave wellbeing well-being burnout sick "
    "parental holiday vacation planned promotion promoted volunteered eap counselling "
    "counseling wellness".split()
)
#: Praise and recognition: a person's review or record that thanks them.
PRAISE = frozenset(
    "recognition recognise recognize thank thanks praise kudos shout-out shout credit "
    "appreciation commend exemplary".split()
)
#: A person's file, review or conduct ("Ivana's annual performance review", "Lerato's
#: personnel file", "Thandiwe's conduct"), their manager ("Escalate to Nkechi's manager"),
#: and their rights ("@aoife's pager duties", "Ingrid's production credentials").
RECORDS = frozenset({"review", "file", "record"})
CONDUCT = frozenset({"conduct", "behaviour", "behavior", "attitude"})
BOSSES = frozenset({"manager", "boss", "supervisor", "lead"})
MORE_RIGHTS = frozenset({"credentials", "duties", "duty"})
#: What makes a review or file a person's record: "annual performance review",
#: "personnel file", "mid-year review".
PERSONNEL = frozenset(
    "performance personnel hr employee annual yearly quarterly mid year half disciplinary "
    "permanent development".split()
)
#: Putting something on a person's record or raising their conduct: "Note the missed
#: handover in Arjun's next review", "Flag Rohan's behaviour".
NOTE_VERBS = frozenset(
    "note add record document flag log put mention write raise report escalate".split()
)
#: What a person's manager is asked to do about them.
RAISE_VERBS = frozenset(
    "escalate raise flag report talk speak go loop inform tell discuss have get sit".split()
)
#: Docking pay: "Dock the on-call bonus of the engineer ...".
DOCK = forms("dock docks docked docking withhold cut")
PAY = frozenset({"bonus", "pay", "salary", "wages", "compensation", "stipend", "allowance"})
#: Putting a person through something again: "Brief the night operators again", "Book
#: the new hire onto the course again" (decision 26's re-testing, in other words).
AGAIN_VERBS = forms(
    "brief briefs book books enrol enrols enroll enrolls send sends train trains walk walks "
    "instruct instructs educate educates"
)
#: What a person is made to write about their own conduct (decision 40): "a written
#: apology from the engineer", "a personal statement ... for the incident file".
CONFESSIONS = frozenset({"apology", "statement"})
#: Telling or writing to people: with an exhortation as content, it is aimed at them
#: ("Tell the support engineers they must escalate faster").
TELL = forms(
    "tell tells told send sends email emails message write ask asks instruct instructs urge"
)
#: Sign-off on one person's work: "Put Meera's deploys behind a manual approval".
APPROVALS = forms("approval approvals thumbs sign-off signoff")
WORK = frozenset(
    "deploy deploys deployment deployments change changes pr prs commit commits apply "
    "applies merge merges migration migrations code work release releases nothing anything "
    "everything query queries script scripts".split()
)
#: Words of dates, times and amounts: near one, the entity recogniser may read a
#: capitalised word as part of a date or amount ("Black Friday"), not a name.
DATE_WORDS = frozenset(
    """january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
    thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun today
    tonight yesterday tomorrow morning afternoon evening night midnight noon weekend week
    weeks month months year years quarter quarters day days hour hours minute minutes
    second seconds ago am pm a.m. p.m. christmas xmas easter thanksgiving eve holiday
    holidays ramadan diwali hanukkah dollars dollar euros euro pounds pound cents percent
    $ € £ % half dozen hundred thousand million billion""".split()
)
