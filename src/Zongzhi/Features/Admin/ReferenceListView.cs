namespace Zongzhi.Features.Admin;

/// <summary>What <c>_ReferenceList.cshtml</c> shows, whatever the list.</summary>
public sealed record ReferenceListView(string Title, string? FlagLabel, bool FlagDefault, IReadOnlyList<ReferenceRow> Rows, ReferenceInput Input,
    long? FailedRowId, bool IsStale);
