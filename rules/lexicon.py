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

#: Verbs that are lapses in themselves ("forgot", "missed", "overlooked").
LAPSE_VERBS = forms(
    "forget forgets forgot forgotten forgetting",
    "miss misses missed",
    "ignore ignores ignored ignoring",
    "overlook overlooks overlooked overlooking",
    "misconfigure misconfigures misconfigured misconfiguring",
    "mistype mistypes mistyped misread misreads misjudge misjudged misjudges",
    "neglect neglects neglected neglecting",
    "skip skips skipped skipping",
    "break breaks broke broken breaking",
    "botch botches botched screw screwed mess messed",
    "fat-finger fat-fingered",
)
#: Removals are everyday remediation ("deleted the stuck pods"): they blame only with a
#: harmed or wrong target close after them, or a mistake qualifier.
REMOVAL_VERBS = forms(
    "delete deletes deleted deleting",
    "drop drops dropped dropping",
    "wipe wipes wiped wiping",
    "overwrite overwrites overwrote overwritten overwriting",
)
FAILURE_VERBS = LAPSE_VERBS | REMOVAL_VERBS
FAILURE_LEMMAS = frozenset(
    {"forget", "miss", "ignore", "overlook", "misconfigure", "mistype", "misread", "misjudge",
     "neglect", "skip", "break", "delete", "drop", "botch", "screw", "mess", "wipe",
     "overwrite", "fat-finger"}
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
HARMED_WORDS = forms("production prod live primary customer customers entire whole main master")
MISTAKE_ADVERBS = forms(
    "accidentally mistakenly inadvertently carelessly unintentionally erroneously wrongly "
    "recklessly negligently"
)
WITHOUT_OBJECTS = forms(
    "testing test approval review reviewing checking check verifying verification asking "
    "telling permission looking reading confirming confirmation"
)
BAD_ADJECTIVES = forms("bad wrong faulty incorrect untested buggy broken invalid bogus")
FAULT_NOUNS = forms("mistake mistakes fault error errors oversight blunder slip negligence")

# --- PM103 counterfactual --------------------------------------------------------------

MODALS = forms("should could would ought must might")

# --- PM104 judgmental-language ----------------------------------------------------------

JUDGMENT_WORDS = forms(
    "careless carelessly carelessness sloppy sloppily sloppiness lazy lazily laziness "
    "negligent negligently negligence incompetent incompetence incompetently stupid "
    "stupidity stupidly reckless recklessly recklessness dumb foolish foolishly "
    "irresponsible irresponsibly idiotic inexcusable amateurish clueless"
)
HEDGE_ADVERBS = forms("obviously clearly evidently plainly")
TECHNICAL_LAZY = forms(
    "loading load loaded evaluation initialization initialisation init import imports "
    "apply fetching iterator instantiation"
)

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
