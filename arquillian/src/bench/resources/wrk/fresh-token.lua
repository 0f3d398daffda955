-- A new captcha token on every request: X-Captcha-Token: <round>-<thread>-<n>. The first argument after "--" names
-- the round, so that no two rounds send the same token.
function init(args)
   prefix = args[1] .. "-" .. id .. "-"
   n = 0
end

function request()
   n = n + 1
   return wrk.format("GET", nil, { ["X-Captcha-Token"] = prefix .. n })
end
