// Eleventy configuration for the benchmark: the articles as plain Markdown
// pages, with no template language run over them first and no layout.
export default function (eleventyConfig) {
  eleventyConfig.setQuietMode(true)
  return { templateFormats: ['md'], markdownTemplateEngine: false }
}
