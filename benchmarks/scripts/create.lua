-- POSTs the body given in the environment (BODY) with a fresh Idempotency-Key per request, so every
-- request is a real create, never a replay: the key holds the second this wrk run started (runs are
-- at least a second apart and wrk's counters restart in each) and the thread number.
local threads = 0
local started = os.time()
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
  thread:set("started", started)
end

local counter = 0
function request()
  counter = counter + 1
  local headers = {}
  for k, v in pairs(wrk.headers) do headers[k] = v end
  headers["Content-Type"] = "application/json"
  headers["Idempotency-Key"] = string.format("bench-%s-%d-%d-%d", os.getenv("RUN_ID") or "0", started or 0,
    tid or 0, counter)
  return wrk.format("POST", wrk.path, headers, os.getenv("BODY"))
end
