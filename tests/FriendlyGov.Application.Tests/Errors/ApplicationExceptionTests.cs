using FriendlyGov.Application.Authorization;
using FriendlyGov.Domain;

namespace FriendlyGov.Application.Tests.Errors;

public sealed class ApplicationExceptionTests
{
    [Fact]
    public void A_refusal_of_authorization_exposes_the_request_actor_rule_and_reason_it_was_built_from()
    {
        var refusal = new AuthorizationException("ConfirmObservation", "appraiser-cb-017", Rules.NoSelfConfirmation, "appraiser-cb-017 is official CB-017");

        (refusal.Request, refusal.Actor, refusal.Rule, refusal.Reason).Should().Be(
            ("ConfirmObservation", "appraiser-cb-017", "no-self-confirmation", "appraiser-cb-017 is official CB-017"));
        refusal.Message.Should().Be("ConfirmObservation by appraiser-cb-017 is refused by rule 'no-self-confirmation': appraiser-cb-017 is official CB-017");
    }

    [Fact]
    public void A_workflow_error_made_from_the_domains_refusal_keeps_it_with_its_rule_and_message()
    {
        var domain = new DomainRuleException(DomainRules.MilestoneOnce, "Milestone M1 of item 1 was already completed on 2025-01-08; a milestone is completed once.");

        var workflow = new WorkflowException(domain);

        workflow.InnerException.Should().BeSameAs(domain);
        workflow.Rule.Should().Be("milestone-once");
        workflow.Message.Should().Be("Milestone M1 of item 1 was already completed on 2025-01-08; a milestone is completed once.");
    }

    [Fact]
    public void A_workflow_error_the_application_decides_alone_names_no_domain_rule()
    {
        var workflow = new WorkflowException("Cannot publish round 1: unit 25996 was finalized before FriendlyGov kept the evidence as counted.");

        workflow.Rule.Should().BeNull();
        workflow.InnerException.Should().BeNull();
    }
}
