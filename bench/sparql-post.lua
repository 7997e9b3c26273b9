-- wrk script: POSTs the query in $QUERY_FILE as an HTML-form SPARQL query (query=...), asking for JSON results.
local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
local f = assert(io.open(os.getenv("QUERY_FILE"), "r"))
local query = f:read("*a")
f:close()
wrk.method = "POST"
wrk.body = "query=" .. urlencode(query)
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Accept"] = "application/sparql-results+json"
