namespace Zongzhi.Features.Admin;

/// <summary>An entry of an administered list (department, village, dispute category): renamed and retired, never deleted.</summary>
public interface IReferenceItem
{
    long Id { get; }

    string Name { get; set; }

    bool IsActive { get; set; }

    int SortOrder { get; set; }
}
