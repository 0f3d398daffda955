-- Numbers wrk's threads: each thread's script sees its own number as the global "id", from 0.
local threads = 0

function setup(thread)
   thread:set("id", threads)
   threads = threads + 1
end
