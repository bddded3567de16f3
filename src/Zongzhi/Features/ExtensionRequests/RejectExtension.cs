using Zongzhi.Domain.Shared;
using Zongzhi.Features.Assignments;

namespace Zongzhi.Features.ExtensionRequests;

/// <summary>不批准延期: the supervising body refuses with a reason; the deadline stands.</summary>
public sealed class RejectExtension(ExtensionDecisions decisions)
{
    public Task<IResult> RunAsync(long requestId, RejectExtensionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (new FieldChecks().Text("reason", request.Reason, "不批准的理由", TextLimits.Reason).Problem() is { } invalid)
        {
            return Task.FromResult(invalid);
        }

        return decisions.RunAsync(requestId, request.Version, "extension.reject", (d, body) =>
        {
            var c = d.Step.Context;
            return d.Step.Sheet.RejectExtension(c.Matter, body, c.User.Id, request.Reason!, c.Now);
        }, cancellationToken);
    }
}
