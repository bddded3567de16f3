using Zongzhi.Domain.Matters;

namespace Zongzhi.Features.LeaderCases;

/// <summary>The fields of the forms on the leader-case page; each form posts its own fields, the matter's version and a one-time token.</summary>
public sealed class LeaderCaseForm
{
    /// <summary>
    /// Where the API's field names go on the page (<c>writtenNotice.text</c> → <c>Form.NoticeText</c>); a refusal of a
    /// field not listed here is shown at the top of the page.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["findings"] = nameof(Findings), ["measures"] = nameof(Measures), ["people"] = nameof(People), ["text"] = nameof(Text),
        ["reason"] = nameof(Reason), ["proposedDueOn"] = nameof(ProposedDueOn), ["closingResult"] = nameof(ClosingResult),
        ["partySatisfaction"] = nameof(PartySatisfaction), ["competentAgency"] = nameof(CompetentAgency), ["contactedOn"] = nameof(ContactedOn),
        ["notice"] = nameof(NoticeText), ["writtenNotice.documentNumber"] = nameof(NoticeNumber),
        ["writtenNotice.addressedTo"] = nameof(NoticeAddressedTo), ["writtenNotice.text"] = nameof(NoticeText),
        ["writtenNotice.issuedOn"] = nameof(NoticeIssuedOn), ["materials"] = nameof(Materials), ["departmentId"] = nameof(DepartmentId),
        ["request"] = nameof(Request), ["dueOn"] = nameof(DueOn), ["reply"] = nameof(Reply),
    };

    public int? Version { get; set; }

    /// <summary>One-time token: a second post of the same form is recognised (<see cref="Matters.FormAction"/>).</summary>
    public string? FormToken { get; set; }

    public string? Findings { get; set; }

    public string? Measures { get; set; }

    public string? People { get; set; }

    public string? Text { get; set; }

    public string? Reason { get; set; }

    public DateOnly? ProposedDueOn { get; set; }

    public string? ClosingResult { get; set; }

    public Satisfaction? PartySatisfaction { get; set; }

    /// <summary>移交: the competent agency contacted (有关部门).</summary>
    public string? CompetentAgency { get; set; }

    /// <summary>移交: the day it was contacted.</summary>
    public DateOnly? ContactedOn { get; set; }

    /// <summary>书面告知: 文号 (optional).</summary>
    public string? NoticeNumber { get; set; }

    /// <summary>书面告知: 收文单位.</summary>
    public string? NoticeAddressedTo { get; set; }

    /// <summary>书面告知: 正文.</summary>
    public string? NoticeText { get; set; }

    /// <summary>书面告知: 发文日期 (default today).</summary>
    public DateOnly? NoticeIssuedOn { get; set; }

    /// <summary>移交归档: the material list, one a line.</summary>
    public string? Materials { get; set; }

    /// <summary>请求协助: the department asked.</summary>
    public long? DepartmentId { get; set; }

    /// <summary>请求协助: what is asked.</summary>
    public string? Request { get; set; }

    /// <summary>请求协助: the last day for the reply.</summary>
    public DateOnly? DueOn { get; set; }

    /// <summary>答复协助请求: which request.</summary>
    public long? CoordinationRequestId { get; set; }

    /// <summary>答复协助请求: the reply.</summary>
    public string? Reply { get; set; }

    /// <summary>The material list as lines, without blank ones.</summary>
    public IReadOnlyList<string> MaterialLines() =>
        (Materials ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
