namespace Zongzhi.Domain.Meetings;

/// <summary>Where a written periodic report stands.</summary>
public enum PeriodicReportStatus
{
    /// <summary>草稿: generated, text editable, figures refreshable.</summary>
    Draft,

    /// <summary>已印发: numbered, archived, read-only.</summary>
    Issued,
}
