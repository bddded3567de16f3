using Zongzhi.Domain.ExtensionRequests;

namespace Zongzhi.Features.ExtensionRequests;

/// <summary>An extension request (延期申请) with its decision.</summary>
public sealed record ExtensionRequestView(
    long Id, string Reason, DateOnly DueOnAtRequest, DateOnly ProposedDueOn, DateTime RequestedAt, DateOnly RequestedOn,
    string RequestedByUserId, ExtensionRequestStatus Status, DateTime? DecidedAt, string? DecidedByUserId, DateOnly? ApprovedDueOn,
    string? DecisionComment)
{
    public static ExtensionRequestView From(ExtensionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new ExtensionRequestView(request.Id, request.Reason, request.DueOnAtRequest, request.ProposedDueOn, request.RequestedAt,
            request.RequestedOn, request.RequestedByUserId, request.Status, request.DecidedAt, request.DecidedByUserId, request.ApprovedDueOn,
            request.DecisionComment);
    }
}
