-- A headless Neovim session against `figcheck lsp`: Neovim's own LSP client opens a copy of
-- the sample story, and the test asserts what a writer would see: the three findings at the
-- right places, the FC101 quick fix (when the server offers code actions) and diagnostics
-- that follow an edit.
--
-- Run (Neovim 0.7 or later; `-c luafile` rather than `-l`, which 0.7 lacks):
--
--   FIGCHECK_BIN=target/debug/figcheck nvim --headless -u NONE -i NONE -n \
--     -c "luafile editors/nvim/figcheck_test.lua"
--
-- Environment:
--   FIGCHECK_BIN      the figcheck binary (default `figcheck` on PATH)
--   FIGCHECK_ARTICLE  the story to copy (default examples/articles/council-budget.md of
--                     the repository this script sits in)
--   FIGCHECK_TIMEOUT  seconds to wait for each reply or set of diagnostics (default 10)
--
-- Exits 0 when every assertion holds, 1 otherwise (with what differed on stderr).

local timeout_ms = (tonumber(os.getenv("FIGCHECK_TIMEOUT")) or 10) * 1000

local function say(line)
  io.stdout:write(line .. "\n")
  io.stdout:flush()
end

local failures = {}

local function fail(why)
  table.insert(failures, why)
  io.stderr:write("FAIL: " .. why .. "\n")
  io.stderr:flush()
end

local function finish()
  if #failures == 0 then
    say("figcheck nvim test: passed")
    vim.cmd("qall!")
  else
    io.stderr:write(("figcheck nvim test: %d failure(s)\n"):format(#failures))
    vim.cmd("cquit 1")
  end
end

-- A stuck server must not hang CI: whatever happens, the session ends in bounded time.
local watchdog = (vim.uv or vim.loop).new_timer()
watchdog:start(6 * timeout_ms + 30000, 0, vim.schedule_wrap(function()
  io.stderr:write("FAIL: the whole test took too long\n")
  vim.cmd("cquit 1")
end))

-- This script's folder, whichever way it was started.
local function script_dir()
  local source = debug.getinfo(1, "S").source
  if source:sub(1, 1) == "@" then
    return vim.fn.fnamemodify(source:sub(2), ":p:h")
  end
  return vim.fn.getcwd()
end

local function read_lines(path)
  local file = io.open(path, "r")
  if not file then
    return nil
  end
  local lines = {}
  for line in file:lines() do
    table.insert(lines, line)
  end
  file:close()
  return lines
end

-- The code of a diagnostic: the server sends "FC101 parts-sum-mismatch".
local function code_of(diagnostic)
  local code = diagnostic.code
  if code == nil and diagnostic.user_data and diagnostic.user_data.lsp then
    code = diagnostic.user_data.lsp.code
  end
  return tostring(code or ""):match("^(FC%d+)") or tostring(code)
end

-- The buffer text a diagnostic covers (Neovim has already turned the server's UTF-16
-- columns into byte columns, so this checks that conversion too).
local function covered_text(bufnr, d)
  local end_lnum = d.end_lnum or d.lnum
  local lines = vim.api.nvim_buf_get_lines(bufnr, d.lnum, end_lnum + 1, false)
  if #lines == 0 then
    return ""
  end
  if #lines == 1 then
    return lines[1]:sub(d.col + 1, d.end_col)
  end
  lines[1] = lines[1]:sub(d.col + 1)
  lines[#lines] = lines[#lines]:sub(1, d.end_col)
  return table.concat(lines, "\n")
end

-- The UTF-16 code units of a UTF-8 string (characters beyond U+FFFF take two).
local function utf16_units(s)
  local units = 0
  for char in s:gmatch("[%z\1-\127\194-\244][\128-\191]*") do
    units = units + ((char:byte(1) >= 240) and 2 or 1)
  end
  return units
end

local function diagnostics_by_code(bufnr)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    found[code_of(d)] = d
  end
  return found
end

local function sorted_codes(bufnr)
  local codes = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(codes, code_of(d))
  end
  table.sort(codes)
  return table.concat(codes, ",")
end

local function main()
  local bin = os.getenv("FIGCHECK_BIN") or "figcheck"
  if vim.fn.executable(bin) ~= 1 then
    fail("FIGCHECK_BIN `" .. bin .. "` is not an executable")
    return
  end
  local article = os.getenv("FIGCHECK_ARTICLE")
    or (script_dir() .. "/../../examples/articles/council-budget.md")
  local original = read_lines(article)
  if not original then
    fail("cannot read the sample story " .. article)
    return
  end

  -- Work on a copy, so the repository's sample is never edited.
  local dir = vim.fn.tempname()
  vim.fn.mkdir(dir, "p")
  local path = dir .. "/council-budget.md"
  vim.fn.writefile(original, path)
  vim.cmd("edit " .. vim.fn.fnameescape(path))
  local bufnr = vim.api.nvim_get_current_buf()

  local exit_code = nil
  local publications = 0
  -- The diagnostics as the server sent them (Neovim's own keep no LSP range).
  local published = {}
  local config = {
    name = "figcheck",
    cmd = { bin, "lsp" },
    root_dir = dir,
    -- Read by servers that take a publication date (the story's front matter has one).
    init_options = { date = "2025-02-20" },
    handlers = {
      ["textDocument/publishDiagnostics"] = function(err, result, ctx, config)
        publications = publications + 1
        published = result and result.diagnostics or {}
        return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      end,
    },
    on_exit = function(code)
      exit_code = code
    end,
  }
  local client_id
  if vim.lsp.start then
    -- Neovim 0.8 and later
    client_id = vim.lsp.start(config, { bufnr = bufnr })
  else
    client_id = vim.lsp.start_client(config)
    if client_id then
      vim.lsp.buf_attach_client(bufnr, client_id)
    end
  end
  if not client_id then
    fail("Neovim could not start `" .. bin .. " lsp`")
    return
  end

  -- 1. The diagnostics of the opened story.
  local ok = vim.wait(timeout_ms, function()
    return #vim.diagnostic.get(bufnr) >= 3
  end, 20)
  if not ok then
    fail(("no diagnostics within %d ms (got: %s)"):format(timeout_ms, sorted_codes(bufnr)))
    return
  end
  -- Each finding sits on its line and covers the figure the README shows it under.
  local expected = {
    { code = "FC101", line = 10, text = "a total of £6.2m", severity = vim.diagnostic.severity.ERROR },
    { code = "FC104", line = 12, text = "9%", severity = vim.diagnostic.severity.ERROR },
    { code = "FC103", line = 17, text = "seven", severity = vim.diagnostic.severity.WARN },
  }
  if sorted_codes(bufnr) ~= "FC101,FC103,FC104" then
    fail("expected the codes FC101,FC103,FC104, got " .. sorted_codes(bufnr))
  end
  local found = diagnostics_by_code(bufnr)
  for _, want in ipairs(expected) do
    local d = found[want.code]
    if d then
      local text = covered_text(bufnr, d)
      say(("diagnostic %s at %d:%d %q"):format(want.code, d.lnum + 1, d.col + 1, text))
      if d.lnum + 1 ~= want.line then
        fail(("%s on line %d, expected line %d"):format(want.code, d.lnum + 1, want.line))
      end
      if text ~= want.text then
        fail(("%s covers %q, expected %q"):format(want.code, text, want.text))
      end
      if d.severity ~= want.severity then
        fail(("%s has severity %s, expected %s"):format(want.code, tostring(d.severity), tostring(want.severity)))
      end
    end
  end
  local client = vim.lsp.get_client_by_id(client_id)

  local caps = client and client.server_capabilities or {}

  -- 2. A hover on a figure (the stated change of FC104), when the server offers hovers.
  local fc104 = found["FC104"]
  if caps.hoverProvider and fc104 then
    local line = vim.api.nvim_buf_get_lines(bufnr, fc104.lnum, fc104.lnum + 1, false)[1]
    local utf16 = utf16_units(line:sub(1, fc104.col)) -- LSP columns count UTF-16 units
    local params = {
      textDocument = { uri = vim.uri_from_bufnr(bufnr) },
      position = { line = fc104.lnum, character = utf16 },
    }
    local replies = vim.lsp.buf_request_sync(bufnr, "textDocument/hover", params, timeout_ms)
    local reply = replies and replies[client_id]
    local result = reply and reply.result
    local text = ""
    if result and result.contents then
      local lines = vim.lsp.util.convert_input_to_markdown_lines(result.contents)
      text = table.concat(lines, "\n")
    end
    if text:find("%S") then
      say("hover on 9%: " .. (text:match("[^\n]*%S[^\n]*") or ""))
    else
      fail("the server offers hovers but gave none on the figure 9%: " .. vim.inspect(reply))
    end
  else
    say("hover: not offered")
  end

  -- 3. The FC101 quick fix, when the server offers code actions.
  local fixed_line = "merging two depots £2.3m and a hiring freeze £1.8m, a total of £5.2m."
  local fc101 = found["FC101"]
  if caps.codeActionProvider and fc101 then
    local lsp_diagnostic = nil
    for _, d in ipairs(published) do
      if code_of(d) == "FC101" then
        lsp_diagnostic = d
      end
    end
    -- As an editor asks at the finding: its range, with the finding as context.
    local params = {
      textDocument = { uri = vim.uri_from_bufnr(bufnr) },
      range = lsp_diagnostic and lsp_diagnostic.range or {
        start = { line = fc101.lnum, character = 0 },
        ["end"] = { line = fc101.lnum + 1, character = 0 },
      },
      context = { diagnostics = lsp_diagnostic and { lsp_diagnostic } or {} },
    }
    local replies = vim.lsp.buf_request_sync(bufnr, "textDocument/codeAction", params, timeout_ms)
    local reply = replies and replies[client_id]
    local actions = reply and reply.result or {}
    if reply and reply.error then
      fail("textDocument/codeAction failed: " .. vim.inspect(reply.error))
    end
    -- The fix is the action that is no suppression ("disable for this line").
    -- Of the actions for FC101 (those that name their diagnostics), the preferred one.
    local chosen = nil
    for _, action in ipairs(actions) do
      say("code action offered: " .. tostring(action.title))
      local title = tostring(action.title):lower()
      local suppresses = title:find("disable") or title:find("ignore") or title:find("suppress")
      local for_fc101 = action.diagnostics == nil or #action.diagnostics == 0
      for _, d in ipairs(action.diagnostics or {}) do
        for_fc101 = for_fc101 or code_of(d) == "FC101"
      end
      if not suppresses and for_fc101 and (chosen == nil or action.isPreferred) then
        chosen = action
      end
    end
    if not chosen then
      fail("the server offers code actions but none fixes FC101")
    else
      say("applying: " .. tostring(chosen.title))
      if not chosen.edit and not chosen.command and type(caps.codeActionProvider) == "table"
        and caps.codeActionProvider.resolveProvider then
        local resolved = vim.lsp.buf_request_sync(bufnr, "codeAction/resolve", chosen, timeout_ms)
        chosen = resolved and resolved[client_id] and resolved[client_id].result or chosen
      end
      if chosen.edit then
        vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding or "utf-16")
      end
      local command = chosen.command
      if type(command) == "string" then
        command = chosen -- a bare Command
      end
      if type(command) == "table" and command.command then
        vim.lsp.buf_request_sync(bufnr, "workspace/executeCommand",
          { command = command.command, arguments = command.arguments }, timeout_ms)
      end
      vim.wait(timeout_ms, function()
        return vim.api.nvim_buf_get_lines(bufnr, 9, 10, false)[1] ~= original[10]
      end, 20)
      local now = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
      if now[10] ~= fixed_line then
        fail(("after the fix line 10 is %q, expected %q"):format(tostring(now[10]), fixed_line))
      else
        say("line 10 after the fix: " .. now[10])
      end
      for n, line in ipairs(original) do
        if n ~= 10 and now[n] ~= line then
          fail(("the fix changed line %d too: %q"):format(n, tostring(now[n])))
        end
      end
    end
  else
    say("code actions: not offered")
    -- Make the fix by hand instead: the edit still travels to the server as a change.
    vim.api.nvim_buf_set_lines(bufnr, 9, 10, false, { fixed_line })
  end

  -- 4. After the edit the server checks the new text: FC101 goes, the other two stay.
  ok = vim.wait(timeout_ms, function()
    return sorted_codes(bufnr) == "FC103,FC104"
  end, 20)
  if ok then
    say(("after the edit: %s (%d publications)"):format(sorted_codes(bufnr), publications))
  else
    fail("after the edit expected FC103,FC104, got " .. sorted_codes(bufnr))
  end

  -- 5. The server leaves cleanly on shutdown and exit.
  vim.lsp.stop_client(client_id)
  if not vim.wait(timeout_ms, function() return exit_code ~= nil end, 20) then
    fail("the server did not exit after shutdown")
  elseif exit_code ~= 0 then
    fail("the server exited with " .. tostring(exit_code) .. " after shutdown")
  end
  vim.fn.delete(dir, "rf")
end

local ran, err = xpcall(main, debug.traceback)
if not ran then
  fail("the test script raised: " .. tostring(err))
end
finish()
