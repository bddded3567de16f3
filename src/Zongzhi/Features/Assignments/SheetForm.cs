using Zongzhi.Domain.Matters;

namespace Zongzhi.Features.Assignments;

/// <summary>The fields of the forms on the sheet page; each form posts its own fields, the matter's version and a one-time token.</summary>
public sealed class SheetForm
{
    public static readonly IReadOnlyCollection<string> Fields =
        [nameof(Text), nameof(WhatWasDone), nameof(ReplyToParty), nameof(PartySatisfaction), nameof(Reason), nameof(ProposedDueOn), nameof(File), nameof(Description),
        nameof(Report), nameof(MaterialsProvided), nameof(ApprovedDueOn), nameof(Comment)];

    public int? Version { get; set; }

    public string? FormToken { get; set; }

    public string? Text { get; set; }

    public string? WhatWasDone { get; set; }

    public string? ReplyToParty { get; set; }

    public Satisfaction? PartySatisfaction { get; set; }

    public string? Reason { get; set; }

    public DateOnly? ProposedDueOn { get; set; }

    /// <summary>延期审批 (the supervising body): which request.</summary>
    public long? ExtensionRequestId { get; set; }

    /// <summary>批准延期至 (empty for the proposed day).</summary>
    public DateOnly? ApprovedDueOn { get; set; }

    /// <summary>审批意见 (optional).</summary>
    public string? Comment { get; set; }

    /// <summary>Only its name is bound: the upload itself is read from the request, as the attachments API does.</summary>
    public string? File { get; set; }

    public string? Description { get; set; }

    /// <summary>The report request (汇报) or call for materials (调阅) answered.</summary>
    public long? RequestId { get; set; }

    public string? Report { get; set; }

    public string? MaterialsProvided { get; set; }
}
