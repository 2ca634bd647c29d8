-- A headless Neovim session against `figcheck lsp`: opens a sample story, waits for the
-- diagnostics, asserts them, applies the first code action and asserts the fix, and asks
-- for a hover. Works with Neovim 0.7 and later (the APIs of 0.7 only).
--   FIGCHECK=target/debug/figcheck STORY=/tmp/copy-of-council-budget.md \
--     nvim --headless --clean -u NONE -c "luafile editors/neovim-test.lua"
-- Exits 0 when every assertion holds, 1 otherwise.
local function fail(message)
  io.stderr:write("neovim-test: " .. message .. "\n")
  vim.cmd("cquit 1")
end

local binary = os.getenv("FIGCHECK") or "figcheck"
local story = os.getenv("STORY") or fail("STORY is not set")
local client_id = vim.lsp.start_client({
  name = "figcheck",
  cmd = { binary, "lsp" },
  root_dir = vim.fn.fnamemodify(story, ":h"),
})
if not client_id then fail("the server did not start") end
vim.api.nvim_create_autocmd("FileType", {
  pattern = { "markdown", "text", "html" },
  callback = function(args) vim.lsp.buf_attach_client(args.buf, client_id) end,
})
vim.cmd("edit " .. vim.fn.fnameescape(story))

local got = vim.wait(10000, function() return #vim.diagnostic.get(0) >= 3 end, 50)
if not got then fail("expected three diagnostics, got " .. #vim.diagnostic.get(0)) end
local found = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(found, string.format("%d:%d %s", d.lnum, d.col, tostring(d.code)))
end
table.sort(found)
local want = "11:36 FC104 percent-change-mismatch, 16:27 FC103 share-count-mismatch, 9:54 FC101 parts-sum-mismatch"
if table.concat(found, ", ") ~= want then fail("diagnostics: " .. table.concat(found, ", ")) end

local client = vim.lsp.get_client_by_id(client_id)
local document = { uri = vim.uri_from_bufnr(0) }
local response = client.request_sync("textDocument/codeAction", {
  textDocument = document,
  range = { start = { line = 9, character = 65 }, ["end"] = { line = 9, character = 65 } },
  context = { diagnostics = {} },
}, 5000, 0)
local action = response and response.result and response.result[1]
if not action or not action.edit then fail("no code action") end
vim.lsp.util.apply_workspace_edit(action.edit, "utf-16")
local line = vim.api.nvim_buf_get_lines(0, 9, 10, false)[1]
if not line:find("a total of £5.2m", 1, true) then fail("the fix was not applied: " .. line) end
-- the fix is sent back to the server, which checks the text again: FC101 goes
local gone = vim.wait(10000, function()
  for _, d in ipairs(vim.diagnostic.get(0)) do
    if tostring(d.code):find("FC101", 1, true) then return false end
  end
  return true
end, 50)
if not gone then fail("FC101 is still reported after the fix") end

local hover = client.request_sync("textDocument/hover", {
  textDocument = document, position = { line = 9, character = 21 },
}, 5000, 0)
local value = hover and hover.result and hover.result.contents.value or ""
if not value:find("£2.3m", 1, true) or not value:find("value: 2,300,000", 1, true) then
  fail("hover: " .. value)
end
print("neovim-test: diagnostics, code action and hover as expected")
vim.cmd("qall!")
