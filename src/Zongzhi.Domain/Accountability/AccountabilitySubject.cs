namespace Zongzhi.Domain.Accountability;

/// <summary>Whom a ground of accountability applies to (责任追究的对象), 《维稳综治工作制度》§四(一).</summary>
public enum AccountabilitySubject
{
    /// <summary>部门负责人: the head of a handling department (§四(一)1, six grounds).</summary>
    DepartmentHead,

    /// <summary>工作人员: a staff member (§四(一)2, seven grounds).</summary>
    Staff,
}
