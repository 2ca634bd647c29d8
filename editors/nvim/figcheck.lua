-- figcheck in Neovim's built-in LSP client (Neovim 0.7 or later, no plugins needed).
-- Put this in your init.lua, or keep the file and `:luafile` it (or `dofile` it from
-- init.lua). It starts `figcheck lsp` for Markdown, plain text and HTML buffers.

local figcheck = {
  name = "figcheck",
  -- the binary: `figcheck` on PATH (cargo install --path .), or FIGCHECK_BIN
  cmd = { vim.env.FIGCHECK_BIN or "figcheck", "lsp" },
  -- settings, where the server supports them (as the CLI's --date, --select, --ignore,
  -- --rules; the nearest figcheck.toml applies too):
  init_options = {
    -- date = "2025-02-20",
    -- ignore = { "FC301" },
  },
}

local client_id = nil -- Neovim 0.7 only: the one client all buffers share

vim.api.nvim_create_autocmd("FileType", {
  pattern = { "markdown", "text", "html" },
  callback = function(args)
    local config = vim.tbl_extend("force", figcheck, { root_dir = vim.fn.getcwd() })
    if vim.lsp.start then
      -- Neovim 0.8 and later: starts the server once and reuses it
      vim.lsp.start(config, { bufnr = args.buf })
    else
      if not (client_id and vim.lsp.get_client_by_id(client_id)) then
        client_id = vim.lsp.start_client(config)
      end
      if client_id then
        vim.lsp.buf_attach_client(args.buf, client_id)
      end
    end
  end,
})
