-- wrk script of scripts/load-test.sh.
-- LOAD_HOSTS="127.0.0.1:8080,127.0.0.1:8081": wrk's threads alternate between the servers.
-- LOAD_SAVES=<file> (lines: id TAB version TAB body with __V__ for the version and __N__ for a
-- number that changes on every save): requests are API PUTs of those evaluations, never two at
-- once on one evaluation (a thread takes an evaluation whose last PUT has been answered; its new
-- version comes from that answer). LOAD_READ_RATIO=0.9: that share of requests are GETs of
-- LOAD_READ_PATH instead. LOAD_TOKEN: the bearer token. LOAD_THREADS: wrk's -t.
-- Without LOAD_SAVES every request is wrk's own (the URL and -H headers of the command line).
local token = os.getenv("LOAD_TOKEN")
local saves = os.getenv("LOAD_SAVES")
if saves == "" then saves = nil end
local read_ratio = tonumber(os.getenv("LOAD_READ_RATIO") or "0")
local read_path = os.getenv("LOAD_READ_PATH") or "/api/v1/evaluations"
local hosts = {}
for h in (os.getenv("LOAD_HOSTS") or ""):gmatch("[^,]+") do hosts[#hosts + 1] = h end
local made = 0

local threads = {}

function setup(thread)
  made = made + 1
  threads[made] = thread
  thread:set("tid", made)
  if #hosts > 0 then
    local host, port = hosts[(made - 1) % #hosts + 1]:match("([^:]+):(%d+)")
    thread.addr = wrk.lookup(host, port)[1]
  end
end

function init(args)
  math.randomseed(tid * 7919)
  ids, versions, bodies, index, free = {}, {}, {}, {}, {}
  counter = 0
  if not saves then return end
  local threads = tonumber(os.getenv("LOAD_THREADS") or "1")
  local i = 0
  for line in io.lines(saves) do
    i = i + 1
    if i % threads == tid - 1 then
      local id, version, body = line:match("([^\t]+)\t(%d+)\t(.*)")
      ids[#ids + 1] = id
      versions[#ids] = tonumber(version)
      bodies[#ids] = body
      index[id] = #ids
      free[#free + 1] = #ids
    end
  end
end

local function read()
  return wrk.format("GET", read_path, { ["Authorization"] = "Bearer " .. token })
end

local function save()
  if read_ratio > 0 and math.random() < read_ratio then return read() end
  local k = table.remove(free)
  if not k then return read() end
  counter = counter + 1
  local body = bodies[k]:gsub("__V__", tostring(versions[k])):gsub("__N__", tostring(1000 + counter % 100000))
  return wrk.format("PUT", "/api/v1/evaluations/" .. ids[k],
    { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
end

if saves then
  request = save
  function response(status, headers, body)
    if status >= 300 then
      failures = (failures or 0) + 1
      if not first_failure then first_failure = status .. " " .. body:sub(1, 300) end
      return
    end
    if body:sub(1, 14) ~= '{"evaluation":' then return end
    local k = index[body:match('"id":"([0-9a-fA-F-]+)"')]
    if k then
      versions[k] = tonumber(body:match('.*"version":(%d+)'))
      free[#free + 1] = k
    end
  end
end

-- The first refused request of each thread, so that a non-2xx count has its reason beside it.
function done(summary, latency, requests)
  for _, thread in ipairs(threads) do
    local failure = thread:get("first_failure")
    if failure then io.write("first refused: ", failure, "\n") end
  end
end
