namespace KlingGenerated;

// A query answered "success" without any task: some gateways say so for an id they do not know, so a
// wait ends on it rather than querying on until its limit as it does for answers it cannot read.
internal sealed class TaskAnswerWithoutData()
    : KlingApiException("The task query succeeded but carried no data.", 200, null, new Dictionary<string, IEnumerable<string>>(), null);
