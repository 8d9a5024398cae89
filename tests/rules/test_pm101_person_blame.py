"""PM101 person-blame."""

from __future__ import annotations

import pytest

from tests.conftest import codes, lint, span

FAIL = [
    "Dave forgot to renew the TLS certificate.",
    "@kwame missed the page at 03:12.",
    "The intern ran the migration against production by accident.",
    "She overlooked the destroy count in the Terraform plan.",
    "The outage was caused by Jordan.",
    "Honestly, it was Priya's fault.",
    "The page was missed by the on-call engineer, who was asleep.",
    "Mistakenly, Ravi applied the production manifest to the DR cluster.",
    "Priya pushed a bad config to the edge fleet.",
    "Søren misconfigured the health check on the load balancer.",
    "The DBA ran `DROP INDEX` on the payments database without testing it first.",
    "Aleksandr broke the build by merging a half-finished branch.",
    "Blame for the data loss lies with Søren.",
    "Jun failed to escalate to the DBA.",
    # slang and phrasal slips
    "Priyanka fat-fingered the TTL and set it to five days.",
    "@dev.k fat-fingers the replica count.",
    "Hamid clobbered the shared config with his local changes.",
    "The SRE rubber-stamped the Terraform plan.",
    "Jean-Luc misrouted the traffic to the old cluster.",
    "@liam.o let the wildcard certificate expire.",
    "Oscar left the S3 bucket public after the demo.",
    "The intern slept through the pager.",
    "Farah sat on the alert for an hour.",
    "Jonas dismissed the PagerDuty warning as noise.",
    "Clearly, Joaquín ignored the checklist.",
    # the action was the failure: a wrong target, a freeze, a skipped safeguard
    "The DBA restored the wrong backup.",
    "The wrong namespace was deleted by the contractor.",
    "Keisha deployed to production instead of staging.",
    "Olu rebooted the primary database instead of the standby.",
    "The admin purged the audit table instead of exporting it.",
    "Eun-ji clicked Destroy on the production stack, thinking it was the sandbox.",
    "Our release manager merged the change without a review.",
    "Marta deployed the release during the code freeze.",
    "Arjun bypassed the branch protection rule to merge faster.",
    "Sven approved his own change to the firewall rules.",
    "Restore the config that Teodor overwrote by mistake",
    # who did it: clefts, framings, fault nouns
    "She was the one who pushed the bad config.",
    "It was the DBA who truncated the orders table instead of the staging copy.",
    "That outage is on Marek.",
    "The data loss was down to Pia, who rotated the key that morning.",
    "Dagny's screw-up took down checkout.",
    "Amir's oversight let the certificate lapse.",
    "Kai is to blame for the outage.",
    "The on-call engineer was at fault.",
    "Priya was responsible for the outage.",
    "The on-call's failure to escalate extended the outage.",
    "Ingvar was on call that night. They ignored the first two pages.",  # singular they
    # the state a change went out in
    "Wen shipped the migration untested.",
    "Ines pushed the hotfix unreviewed and untested.",
    # a command name the parser reads as a verb
    "Marta ran `kubectl apply` without checking the context.",
    "Kai ran `make deploy` without approval.",
    # "by" after a fault noun, hung on the verb by the parser
    "The breakage was down to a slip by Tomasz.",
    # a typo attributed to a person is a fault noun (decision 33)
    "The outage started with a typo by Drew in the backend name.",
    "Kofi's typo took the EU checkout offline.",
    # the IC is one person's role
    "The IC ignored the disk alert for an hour.",
    # names that are also words, as the subject of a finite verb (decision 32)
    "Chase neglected to update the DNS record.",
    "Hope forgot to re-enable the alert.",
    # a hyphenated name after a comma; escalations are what people are paged with
    "The page went unanswered because the secondary, Mi-rae, slept through all five escalations.",
    # the whole set where a counted part was meant, "instead of" or "rather than"
    "Chase rebooted both etcd members at once instead of one at a time.",
    "During the rebalance, Sunny cordoned all six nodes rather than the two in the ticket.",
    # failing at an action, not at receiving something
    "Alice failed to acknowledge the page.",
    "Ifeoma failed to notice the disk filling up.",
    # omissions on the way: "without opening / mentioning / notifying"
    "Yusuf handed over the pager without mentioning the running backfill.",
    "Tarek merged the schema change without opening the diff.",
    # more names that are words, as the subject of a finite verb (decision 41)
    "Frank approved the rollout without inspecting the canary graphs.",
    "Ivy forgot to renew the signing certificate.",
    # going ahead past a warning sign
    "Despite the failing canary, Wen pushed the release to every region.",
    "The DBA carried on with the reindex despite two warnings from the linter.",
    # one target taken for another, or set where something else was intended
    "Bogdan drained node-4, mistaking it for the cordoned node-3.",
    "The SRE set the TTL to 3600 instead of the intended 360.",
    "Anika entered port 5433 where 5432 was intended.",
    # an action item puts back what a person removed
    "Rebuild the billing dashboards that Ngozi deleted while tidying up (OBS-77)",
    "Restore the audit table that @k.lim dropped during the import",
    # a change its author never undid
    "Kai disabled the consumer and never re-enabled it.",
    "The disk alert was silenced by the IC at 02:00 and never unsilenced.",
    "Beatriz paused replication for the upgrade and never turned it back on.",
    # a check left out before acting
    "Kai hadn't checked the diff before merging it.",
    "The approver did not open the plan before applying it.",
    # "by mistake" hung on the infinitive that completes the action
    "The cron schedule was changed by Olek to run hourly, apparently by mistake.",
    # a singular "they" after "our" role and an appositive name
    "Our contractor, Dana, had admin rights. They disabled MFA and never turned it back on.",
    "Our vendor's engineer, Alexis, had root access. They rotated the key without telling anyone.",
    "Ines rolled back the schema change and told nobody.",
    "Bill pushes the hotfix straight to main, bypassing the merge queue.",
]

PASS = [
    "Jun paged the database team at 02:14.",  # normal response work
    "Credit to Ravi, who noticed the spike before any alert fired.",
    "Noor rotated the key and traffic recovered.",
    "The autoscaler failed to add nodes.",  # a system as the subject
    "The log shipper missed two batches.",
    "The firewall rule was changed during the window.",  # passive, no person agent
    "The config was pushed by the deploy bot without a canary stage.",
    "Jordan broke the response into three workstreams.",  # "break into" = split
    "To stop the bleeding, Kwame deleted the stale DNS record.",  # remedial
    "We forgot to renew the certificate; nothing tracked its expiry.",  # collective
    "Dave did not forget the renewal; the job failed silently.",  # negated
    "Kai's fix restored writes to the primary.",  # possessive without a fault noun
    "If someone deletes the table, the restore takes an hour.",  # hypothetical
    "Then Terraform deleted the bucket.",  # a product, not a person
    "The cleanup script wiped the wrong directory.",  # a system
    "The cert-manager controller let the certificate expire.",
    "We rebooted the primary instead of waiting for the replica.",  # collective
    "The wrong dashboard was shared at 10:00.",  # passive, no agent
    "Nobody clobbered the config; the sync job did.",  # denied
    "Neither reviewer rubber-stamped the plan.",
    "Kofi deliberately purged the cache to flush the poisoned entries.",  # on purpose
    "Ivan left the debug endpoint enabled on purpose for the load test.",
    "If someone fat-fingers the replica count, the webhook rejects it.",  # hypothetical
    "An operator who forgets the flag now sees a prompt.",  # anyone, not someone
    "Ramón found the wrong entry in the zone file and fixed it.",  # finding, not doing
    "Karim restarted the replica instead of the primary so that writes kept flowing.",
    "Zoe chose the primary region instead of the standby because it was stale.",
    "Jun left the incident channel open for customer questions.",
    "Sara slept through the night; the secondary handled the page.",
    "Tom sat on the bridge for three hours.",
    "Felix dismissed the bridge after the all-clear.",
    "Nina ignored the flapping alert, a known false positive.",  # agreed noise
    "The on-call engineer missed the retro because she was on leave.",  # not there
    "Omar broke the news to the account team at 09:00.",  # idiom
    "Omar shipped the fix during the freeze with the CTO's approval.",  # an exception
    "Mateo was the one who found the leak.",
    "That fix is on Bram's branch.",
    "It was down to the IC to decide whether to fail over.",  # a task, not blame
    "Latency was down to 40 ms by 05:00.",
    "Whoever merged this without tests should own up.",  # a who-hunt (PM102)
    "A lapse in vendor coverage left the weekend unstaffed.",  # an artifact's lapse
    "Priya is responsible for the billing service.",  # ownership, not blame
    "Nobody was at fault; the runbook was wrong.",
    "The load balancer was at fault.",
    "The disk's failure took the node down.",
    "Ingvar and Jun were on call. They ignored the first two pages.",  # not one person
    "Grafana showed the spike. They ignored it.",
    "The pipeline shipped the build untested because the test stage was disabled.",
    "The release went out untested.",
    "Ines shipped the patch that fixed the untested path.",
    "Marta ran `terraform apply` without a hitch.",
    "Kai said the canary ran without review.",
    "The deploy bot ran `helm upgrade` without review.",
    "It was down to a mistake in the runbook.",
    "A typo in the threshold units left the alert silent.",  # an artifact's typo
    "Under the agreed noise policy, the IC ignored the flapping NTP alert.",
    "Chase the vendor who forgot the renewal.",  # a verb, not a name
    "Will the webhook ignore the flag?",
    "Grace periods were skipped for expired cards by the billing job.",
    "Find out why `cert-manager` skipped the renewal of `api-eu`.",  # code names a program
    "To be safe, Ana drained all three zones rather than one.",  # a purpose
    "The autoscaler cordoned all six nodes rather than two.",  # a system
    "Kai restarted both replicas rather than waiting for the failover.",  # no count
    "We would rather restart all four pods than one.",
    # what failed happened to the person: receiving, getting, seeing
    "Alice failed to receive the page because PagerDuty had her old number.",
    "Kai failed to see the page because his phone was on silent.",
    "When a reviewer merges without opening the diff, the bot now comments.",  # anyone
    "The scheduler drained the node without notifying the owners.",  # a system
    "Max connections were reached at 14:00.",  # a word, not a name
    "Summer traffic doubled the queue depth.",
    "Despite the warnings, Kai held the primary to protect writes.",  # for a purpose
    "Kai kept paging the vendor despite the failing health checks.",  # response work
    "Despite the warnings, we deployed the release.",  # collective
    "Despite the red dashboards, the deploy bot kept rolling out.",  # a system
    "The job wrote the export to /tmp instead of the intended path.",  # a system
    "We restarted the service instead of the planned failover.",  # collective
    "Users kept mistaking the banner for an error.",  # plural, and no action on a target
    "Restore the records overwritten by the fixture loader (DATA-12)",  # no person
    "Restore the bucket that the lifecycle rule deleted (OBS-1)",  # a system
    "Recreate the stale pods that Kai deleted during the cleanup",  # clean-up
    "Kai paused the consumer and never looked back.",  # an idiom
    "Kai restarted the broker and it never came back.",  # the broker never came back
    "We disabled the alert and never turned it back on.",  # collective
    "The alarm was muted by the maintenance schedule and never unmuted.",  # a system
    "We did not read the plan before approving it.",  # collective
    "Kai did not check the dashboard before the incident.",  # no action left unchecked
    "Kai did not deploy before checking the canary.",  # the action, not a check, is denied
    "Kai edited the config to raise the limit.",
    "Our contractor, Dana, met Priya at noon. They disabled MFA and never turned it back on.",
    "Our DBAs were on call. They ignored the page.",  # more than one person
    "Our team was on call. They ignored the page.",
    "Kai restarted the pods and nobody told him.",  # he was not told
    "The priority lane lets urgent jobs bypass the queue.",  # a system
]


@pytest.mark.parametrize("text", FAIL)
def test_fires(text: str) -> None:
    assert codes(lint(f"## What happened\n\n{text}\n", "PM101")) == ["PM101"]


@pytest.mark.parametrize("text", PASS)
def test_passes(text: str) -> None:
    assert lint(f"## What happened\n\n{text}\n", "PM101") == []


def test_not_in_quoted_chat() -> None:
    assert lint("## Timeline\n\n> dave forgot to renew the cert lol\n", "PM101") == []


def test_quoted_chat_when_configured() -> None:
    text = "## What happened\n\n> Dave forgot to renew the cert.\n"
    assert codes(lint(text, "PM101", check_quotes=True)) == ["PM101"]


def test_hyphenated_verb_is_named_whole() -> None:
    text = "## What happened\n\nPriyanka fat-fingered the TTL.\n"
    (f,) = lint(text, "PM101", dedent=False)
    assert span(text, f) == "Priyanka fat-fingered"
    assert "'fat-fingered'" in f.message


def test_exact_position() -> None:
    text = "# Outage\n\n## Root Cause\n\nAt 09:10 **Dave** forgot to renew it.\n"
    (f,) = lint(text, "PM101", dedent=False)
    assert (f.line, f.column) == (5, 12)
    assert span(text, f) == "Dave** forgot"
    assert f.severity == "error" and f.section == "Root Cause"
    assert "Dave" in f.message and f.suggestion
