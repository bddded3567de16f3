using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zongzhi.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BoardAwaitingReviewIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AssignmentSheets_Status",
                table: "AssignmentSheets");

            migrationBuilder.CreateIndex(
                name: "IX_AssignmentSheets_AwaitingReview",
                table: "AssignmentSheets",
                column: "Id",
                filter: "\"Status\" = 'AwaitingReview'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AssignmentSheets_AwaitingReview",
                table: "AssignmentSheets");

            migrationBuilder.CreateIndex(
                name: "IX_AssignmentSheets_Status",
                table: "AssignmentSheets",
                column: "Status",
                filter: "\"Status\" = 'AwaitingReview'");
        }
    }
}
