namespace Zongzhi.Features.Admin;

/// <summary>A village or community (村/社区) of the town; village reporters and matters belong to one.</summary>
public sealed class Village : IReferenceItem
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>True for a community (社区), false for a village (村).</summary>
    public bool IsCommunity { get; set; }

    public bool IsActive { get; set; } = true;

    public int SortOrder { get; set; }
}
