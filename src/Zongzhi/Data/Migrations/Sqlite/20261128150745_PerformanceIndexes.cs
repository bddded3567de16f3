using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zongzhi.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PerformanceIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Matters_ClosedAt",
                table: "Matters",
                column: "ClosedAt");

            migrationBuilder.CreateIndex(
                name: "IX_MatterEvents_Kind_At",
                table: "MatterEvents",
                columns: new[] { "Kind", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_LeaderCases_AssignedAt",
                table: "LeaderCases",
                column: "AssignedAt");

            migrationBuilder.CreateIndex(
                name: "IX_LeaderCases_ClosedAt",
                table: "LeaderCases",
                column: "ClosedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ExtensionRequests_RequestedOn",
                table: "ExtensionRequests",
                column: "RequestedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Callbacks_CalledBackOn",
                table: "Callbacks",
                column: "CalledBackOn");

            migrationBuilder.CreateIndex(
                name: "IX_AssignmentRounds_StartedOn",
                table: "AssignmentRounds",
                column: "StartedOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Matters_ClosedAt",
                table: "Matters");

            migrationBuilder.DropIndex(
                name: "IX_MatterEvents_Kind_At",
                table: "MatterEvents");

            migrationBuilder.DropIndex(
                name: "IX_LeaderCases_AssignedAt",
                table: "LeaderCases");

            migrationBuilder.DropIndex(
                name: "IX_LeaderCases_ClosedAt",
                table: "LeaderCases");

            migrationBuilder.DropIndex(
                name: "IX_ExtensionRequests_RequestedOn",
                table: "ExtensionRequests");

            migrationBuilder.DropIndex(
                name: "IX_Callbacks_CalledBackOn",
                table: "Callbacks");

            migrationBuilder.DropIndex(
                name: "IX_AssignmentRounds_StartedOn",
                table: "AssignmentRounds");
        }
    }
}
