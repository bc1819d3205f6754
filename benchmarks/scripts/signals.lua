-- POSTs a signal with a fresh Idempotency-Key (its event id) per request, of one of the data set's twelve
-- categories, at a random point of the new city (most inside a micro grid, a few outside every grid): each
-- request is a real intake (routing, the duplicate check, the receipt, the audit entry), rarely a repeat.
local categories = {"TRAFFIC_CONGESTION", "ILLEGAL_BUILDING", "FIRE_LANE", "WATERLOGGING", "HIGH_POINT_ALERT",
  "STREET_VENDING", "EXPOSED_WASTE", "ROAD_DAMAGE", "MANHOLE_COVER", "STREETLIGHT_FAULT", "NOISE", "ILLEGAL_PARKING"}
local threads = 0
local started = os.time()
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

local counter = 0
function init(args)
  math.randomseed(os.time() * 100 + (tid or 0))
end

function request()
  counter = counter + 1
  local headers = {}
  for k, v in pairs(wrk.headers) do headers[k] = v end
  headers["Content-Type"] = "application/json"
  headers["Idempotency-Key"] = string.format("bench-%d-%d-%d", started, tid or 0, counter)
  local body = string.format('{"source":"SIGN_PLATFORM","category":"%s","location":{"longitude":%.6f,'
    .. '"latitude":%.6f},"description":"benchmark signal"}', categories[math.random(#categories)],
    121.20 + math.random() * 0.25, 31.30 + math.random() * 0.12)
  return wrk.format("POST", wrk.path, headers, body)
end
