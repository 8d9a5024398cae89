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
    commander shift agent""".split()
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
FAILURE_VERBS = LAPSE_VERBS | REMOVAL_VERBS
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
    "canaries backup backups staging"
)
BAD_ADJECTIVES = forms("bad wrong faulty incorrect untested buggy broken invalid bogus")
FAULT_NOUNS = forms(
    "mistake mistakes fault error errors oversight oversights blunder blunders slip negligence "
    "misstep missteps lapse carelessness sloppiness laziness incompetence recklessness "
    "inattention failure"
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
    "phone it them ticket tickets report reports"
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
    "controls requirement"
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
#: "shipped during the freeze with the CTO's approval": an exception, not a violation.
SANCTIONED_WORDS = frozenset({"exception", "approve", "approval", "waiver", "sign-off", "signoff"})
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
#: Choosing one thing "instead of" another is a decision, not a slip.
DECISION_VERBS = frozenset("choose decide opt pick prefer".split())
#: Subjects that a blame framing hands to a person: "That one is on Bram", "The outage
#: was down to Ines".
BLAMED_SUBJECTS = frozenset(
    "that this it one outage incident failure breakage mess fault blame loss downtime "
    "miss slip".split()
)

# --- PM103 counterfactual --------------------------------------------------------------

MODALS = forms("should could would ought must might")

# --- PM104 judgmental-language ----------------------------------------------------------

JUDGMENT_WORDS = forms(
    "careless carelessly carelessness sloppy sloppily sloppiness lazy lazily laziness "
    "negligent negligently negligence incompetent incompetence incompetently stupid "
    "stupidity stupidly reckless recklessly recklessness dumb foolish foolishly "
    "irresponsible irresponsibly idiotic inexcusable amateurish clueless shoddy shoddily "
    "slapdash slipshod cavalier cavalierly unprofessional unprofessionally boneheaded lax "
    "laxity inept ineptly ineptitude thoughtless thoughtlessly moronic idiot idiots idiocy "
    "lackadaisical unforgivable inexcusably foolhardy clumsy clumsily haphazard haphazardly "
    "shambolic pathetic"
)
HEDGE_ADVERBS = forms("obviously clearly evidently plainly")
TECHNICAL_LAZY = forms(
    "loading load loaded evaluation initialization initialisation init import imports "
    "apply fetching iterator instantiation consensus"
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
    "addressing examine examining better"
)
EXHORTATIONS = (
    "be careful",
    "be more careful",
    "be extra careful",
    "take care",
    "take more care",
    "take extra care",
    "pay attention",
    "pay more attention",
    "pay closer attention",
    "try harder",
    "try to be",
    "stay alert",
    "stay vigilant",
    "stay focused",
    "remain vigilant",
    "be vigilant",
    "be more vigilant",
    "be more thorough",
    "be more disciplined",
    "be more diligent",
    "be mindful",
    "be aware",
    "double-check",
    "double check",
    "think before",
    "think twice",
    "slow down",
    "exercise caution",
    "exercise more caution",
    "keep an eye",
    "keep a closer eye",
    "take your time",
    "make sure to",
    "remember to",
    "don't forget",
    "do not forget",
    "don't skip",
    "do not skip",
    "communicate better",
    "be more aware",
    "avoid mistakes",
    "read carefully",
    "carefully",
)
PUNITIVE_VERBS = forms(
    "retrain retrains retraining re-train train trains training remind reminds reminding "
    "reminder discipline disciplinary reprimand warn warning coach coaching counsel "
    "supervise supervision supervising talk speak conversation chat revoke pair require "
    "requires need needs improvement course courses certification recertification exam "
    "bootcamp retake redo recertify re-certify hr 1:1 one-on-one rights access privileges "
    "permissions"
)
