namespace Zongzhi.Features.Admin;

/// <summary>
/// A handling department (承办部门) of the center, e.g. 司法所, 派出所; or a unit outside the center (e.g. 县信访局)
/// that matters are transferred to, which the party/government office supervises.
/// </summary>
public sealed class Department : IReferenceItem
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>False for units outside the center: a transfer to them is supervised by the party/government office.</summary>
    public bool IsCenterDepartment { get; set; } = true;

    public bool IsActive { get; set; } = true;

    public int SortOrder { get; set; }
}
