using Zongzhi.Domain.Shared;
using Zongzhi.Features.Assignments;

namespace Zongzhi.Features.ExtensionRequests;

/// <summary>批准延期: the supervising body moves the round's deadline to the proposed date or its own.</summary>
public sealed class ApproveExtension(ExtensionDecisions decisions)
{
    public Task<IResult> RunAsync(long requestId, ApproveExtensionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (new FieldChecks().OptionalText("comment", request.Comment, "审批意见", TextLimits.Reason).Problem() is { } invalid)
        {
            return Task.FromResult(invalid);
        }

        return decisions.RunAsync(requestId, request.Version, "extension.approve", (d, body) =>
        {
            var c = d.Step.Context;
            return d.Step.Sheet.ApproveExtension(c.Matter, body, c.User.Id, request.ApprovedDueOn, request.Comment, c.Now);
        }, cancellationToken);
    }
}
