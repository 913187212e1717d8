import { test, expect } from './fixtures';

test('make a word bold and add a bullet in "Purpose of the Service"; both are kept after a reload', async ({ app, page }) => {
  await app.openSection('Purpose of the Service');
  const editor = page.getByRole('textbox', { name: 'Purpose of the Service text' });
  const first = editor.locator('p').first();
  await expect(first).toContainText('The Standards & Achievement Division works with');
  // Select the word "raise" in the first paragraph (through TipTap's own API, so the editor's selection is
  // set at once, not on a later selectionchange event) and make it bold with the keyboard.
  type EditorEl = HTMLElement & {
    editor: {
      state: { doc: { textContent: string; descendants: (f: (n: { isText: boolean; text?: string }, pos: number) => void) => void } };
      commands: { setTextSelection: (r: { from: number; to: number }) => void; focus: (at?: 'end') => void };
    };
  };
  await editor.evaluate((el) => {
    const ed = (el as EditorEl).editor;
    let from = -1;
    ed.state.doc.descendants((n, pos) => {
      if (from < 0 && n.isText && n.text!.includes('raise')) from = pos + n.text!.indexOf('raise');
    });
    ed.commands.focus();
    ed.commands.setTextSelection({ from, to: from + 'raise'.length });
  });
  await expect(editor).toBeFocused();
  await page.keyboard.press('Control+b');
  await expect(first.locator('strong')).toHaveText('raise');
  // A new bullet at the end of the list, which closes the section.
  await editor.evaluate((el) => (el as EditorEl).editor.commands.focus('end'));
  await expect(editor).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.type('publish termly progress reports for members');
  await expect(editor.locator('ul > li').last()).toHaveText('publish termly progress reports for members');
  await page.locator('.page').click({ position: { x: 5, y: 5 } }); // leave the editor: saves at once
  await expect(page.getByRole('toolbar', { name: 'Text formatting' }).getByText('Saved')).toBeVisible();
  await page.reload();
  await app.openSection('Purpose of the Service');
  const again = page.getByRole('textbox', { name: 'Purpose of the Service text' });
  await expect(again.locator('p').first().locator('strong')).toHaveText('raise');
  await expect(again.locator('ul > li').last()).toHaveText('publish termly progress reports for members');
  await expect(again.locator('ul > li')).toHaveCount(7);
});

test('text that looks like markup stays text', async ({ app, page }) => {
  await app.openSection('Section 17 Crime and Disorder Act');
  const editor = page.getByRole('textbox', { name: 'Section 17 Crime and Disorder Act text' });
  await editor.locator('p').first().click();
  await page.keyboard.press('Home');
  await page.keyboard.type('<img src=x onerror=alert(1)> ');
  await page.locator('.page').click({ position: { x: 5, y: 5 } });
  await page.reload();
  await app.openSection('Section 17 Crime and Disorder Act');
  const p = page.getByRole('textbox', { name: 'Section 17 Crime and Disorder Act text' }).locator('p').first();
  await expect(p).toContainText('<img src=x onerror=alert(1)>');
  await expect(p.locator('img')).toHaveCount(0);
});

test('pasting from Word keeps headings, emphasis and lists and drops the rest', async ({ app, page }) => {
  await app.openSection('Monitoring and Review');
  const editor = page.getByRole('textbox', { name: 'Monitoring and Review text' });
  await editor.locator('p').first().click();
  await expect(editor).toBeFocused();
  await page.keyboard.press('Control+Home');
  await editor.evaluate((el) => {
    const html = `<meta charset="utf-8"><h2 style="mso-style:x"><span style="font-family:Calibri">Quarterly review</span></h2>
      <p class="MsoNormal"><b>Members</b> receive an <i>exception report</i><o:p></o:p></p>
      <ul><li>schools below floor targets</li><li>settings in an Ofsted category</li></ul>
      <img src="file:///C:/Users/x/image001.png"><table><tr><td>cell text</td></tr></table>
      <script>window.__pwned = true</script>`;
    const dt = new DataTransfer();
    dt.setData('text/html', html);
    dt.setData('text/plain', 'Quarterly review');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  await expect(editor.locator('h2', { hasText: 'Quarterly review' })).toBeVisible();
  await expect(editor.locator('strong', { hasText: 'Members' })).toBeVisible();
  await expect(editor.locator('em', { hasText: 'exception report' })).toBeVisible();
  await expect(editor.locator('li', { hasText: 'schools below floor targets' })).toBeVisible();
  await expect(editor.locator('img, table, script')).toHaveCount(0);
  await expect(editor).toContainText('cell text');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  await page.locator('.page').click({ position: { x: 5, y: 5 } });
  await page.reload();
  await app.openSection('Monitoring and Review');
  await expect(page.getByRole('textbox', { name: 'Monitoring and Review text' }).locator('h2')).toHaveText('Quarterly review');
});
