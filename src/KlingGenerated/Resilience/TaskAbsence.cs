namespace KlingGenerated;

// When a lookup by external_task_id proves that no task exists, the one thing that allows a create to be
// sent again: Kling's code 1203, or Kling's JSON answer to a 404 without any code. An HTML 404 may just
// mean the route is wrong, and every other answer leaves the task's existence unknown. The client's
// create safety and the batch's resume both decide by this rule.
internal static class TaskAbsence
{
    public static bool IsProven(int statusCode, bool answeredInJson, int? klingCode, bool hasOddCode) =>
        klingCode == 1203 || (statusCode == 404 && answeredInJson && klingCode is null && !hasOddCode);

    public static bool IsProven(KlingResponseScan scan, int statusCode) =>
        IsProven(statusCode, scan.IsJson, scan.Code, scan.OddCode is not null);

    /// <summary>Whether the error a lookup ended with proves that the task does not exist.</summary>
    public static bool IsProvenBy(KlingApiException error) =>
        IsProven(error.StatusCode, error.AnsweredInJson, error.KlingCode, error.RawKlingCode is not null);
}
