-- Headless Neovim (Debian's 0.7.2) as an independent LSP client of the costlens server: no VS Code code involved.
--   nvim --headless --noplugin -n -i NONE -u lsp-probe.lua
-- Env: PROBE_SERVER (dist/server.js), PROBE_ROOT (workspace copy), PROBE_FILE (file to open, relative to the root),
--      PROBE_LENSES ('|'-separated lens titles that must appear), PROBE_HOVER_AT (text whose position is hovered),
--      PROBE_HOVER_HAS ('|'-separated strings the hover must contain), PROBE_OUT (JSON result file).
local function env(name) return os.getenv(name) or error('missing env ' .. name) end
local function out(s) io.stdout:write(s .. '\n') end
local function split(s) return vim.split(s, '|', { plain = true }) end
local function finish(ok, result)
  local f = io.open(env('PROBE_OUT'), 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  out(ok and 'nvim LSP probe: PASS' or 'nvim LSP probe: FAIL')
  vim.cmd(ok and 'qa!' or 'cq 1')
end

local root = env('PROBE_ROOT')
-- Opened from here: files given on the command line are not loaded yet when -u runs.
vim.cmd('edit ' .. vim.fn.fnameescape(root .. '/' .. env('PROBE_FILE')))
local bufnr = vim.api.nvim_get_current_buf()
local ready = false
local client_id = vim.lsp.start_client({
  name = 'costlens',
  cmd = { 'node', env('PROBE_SERVER'), '--stdio' },
  root_dir = root,
  on_init = function() ready = true end,
})
local result = { lenses = {}, hover = '' }
if not client_id then return finish(false, result) end
vim.lsp.buf_attach_client(bufnr, client_id)
if not vim.wait(20000, function() return ready end, 20) then
  out('no initialize response within 20 s')
  return finish(false, result)
end

local uri = vim.uri_from_bufnr(bufnr)
local wanted = split(env('PROBE_LENSES'))

local function lens_titles()
  local titles = {}
  local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeLens', { textDocument = { uri = uri } }, 5000) or {}
  for _, r in pairs(res) do
    for _, l in ipairs(r.result or {}) do
      if l.command then table.insert(titles, string.format('%d: %s', l.range.start.line + 1, l.command.title)) end
    end
  end
  return titles
end

local function has_all(titles)
  local joined = table.concat(titles, '\n') -- titles carry their line number: match by substring
  for _, w in ipairs(wanted) do
    if not joined:find(w, 1, true) then return false end
  end
  return true
end

-- The server analyses the opened document asynchronously: ask again until the lenses are there, for at most 20 s.
-- (A plain loop: buf_request_sync waits with vim.wait itself, which must not run inside another vim.wait.)
local titles = {}
local deadline = vim.loop.now() + 20000
repeat
  titles = lens_titles()
  if has_all(titles) then break end
  vim.wait(50)
until vim.loop.now() > deadline
result.lenses = titles
for _, t in ipairs(titles) do out('codeLens ' .. t) end

-- Hover on the attribute found by substring (never a hand-counted position).
local hover_at = env('PROBE_HOVER_AT')
local line_nr, col
for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
  local s = line:find(hover_at, 1, true)
  if s then line_nr, col = i - 1, s + 1 break end
end
if line_nr then
  local hov = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover',
    { textDocument = { uri = uri }, position = { line = line_nr, character = col } }, 5000) or {}
  for _, r in pairs(hov) do
    if r.result then result.hover = r.result.contents.value or vim.inspect(r.result.contents) end
  end
end
out('hover: ' .. (result.hover:match('[^\n]*') or ''))

local ok = line_nr ~= nil
local joined = table.concat(titles, '\n')
for _, w in ipairs(wanted) do
  if not joined:find(w, 1, true) then
    out('missing lens ' .. w)
    ok = false
  end
end
for _, w in ipairs(split(env('PROBE_HOVER_HAS'))) do
  if not result.hover:find(w, 1, true) then
    out('hover lacks ' .. w)
    ok = false
  end
end
vim.lsp.stop_client(client_id)
finish(ok, result)
