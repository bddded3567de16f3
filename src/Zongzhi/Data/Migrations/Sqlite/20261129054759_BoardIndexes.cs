using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zongzhi.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BoardIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ReportRequests_ReportedAt",
                table: "ReportRequests",
                column: "ReportedAt");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingTasks_CompletedAt",
                table: "MeetingTasks",
                column: "CompletedAt");

            migrationBuilder.CreateIndex(
                name: "IX_MaterialsRequests_ProvidedAt",
                table: "MaterialsRequests",
                column: "ProvidedAt");

            migrationBuilder.CreateIndex(
                name: "IX_LeaderCases_Status",
                table: "LeaderCases",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_AssignmentSheets_Status",
                table: "AssignmentSheets",
                column: "Status",
                filter: "\"Status\" = 'AwaitingReview'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReportRequests_ReportedAt",
                table: "ReportRequests");

            migrationBuilder.DropIndex(
                name: "IX_MeetingTasks_CompletedAt",
                table: "MeetingTasks");

            migrationBuilder.DropIndex(
                name: "IX_MaterialsRequests_ProvidedAt",
                table: "MaterialsRequests");

            migrationBuilder.DropIndex(
                name: "IX_LeaderCases_Status",
                table: "LeaderCases");

            migrationBuilder.DropIndex(
                name: "IX_AssignmentSheets_Status",
                table: "AssignmentSheets");
        }
    }
}
