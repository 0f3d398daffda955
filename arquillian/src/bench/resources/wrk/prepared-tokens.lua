-- Sends tokens prepared beforehand, each once. Arguments after "--": the token file, the header to send them in, the
-- number of threads, the connections per thread. Thread i of k sends lines i+1, i+1+k, ... and stops once it has as
-- many answers as tokens minus its connections, so that no connection sends a token twice. With the header "none" it
-- sends no header and stops after as many requests: the plain endpoint under the same script and count.
function init(args)
   header = args[2]
   local count = tonumber(args[3])
   local connections = tonumber(args[4])
   tokens = {}
   local line_no = 0
   for line in io.lines(args[1]) do
      if line_no % count == id then
         tokens[#tokens + 1] = line
      end
      line_no = line_no + 1
   end
   last = #tokens - connections
   n = 0
   answered = 0
end

function request()
   n = n + 1
   if header == "none" then
      return wrk.format("GET", nil, {})
   end
   return wrk.format("GET", nil, { [header] = tokens[n] })
end

function response(status, headers, body)
   answered = answered + 1
   if answered >= last then
      wrk.thread:stop()
   end
end
