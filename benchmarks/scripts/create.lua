-- POSTs the body given in the environment (BODY) with a fresh Idempotency-Key per request, so every
-- request is a real create; the thread number keeps keys of different threads apart.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

local counter = 0
function request()
  counter = counter + 1
  local headers = {}
  for k, v in pairs(wrk.headers) do headers[k] = v end
  headers["Content-Type"] = "application/json"
  headers["Idempotency-Key"] = string.format("bench-%s-%d-%d", os.getenv("RUN_ID") or "0", tid or 0, counter)
  return wrk.format("POST", wrk.path, headers, os.getenv("BODY"))
end
